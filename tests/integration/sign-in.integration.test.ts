import { describe, expect, it } from "vitest";
import { findActor, invalidCredentialsMessage, verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db/client";
import { createUser, testPassword } from "../factories";

const minute = 60_000;

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await createUser({ role: "COORDINATOR" });
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword });
    expect(result).toEqual({ ok: true, actor: { id: user.id, name: user.name, email: user.email, role: "COORDINATOR" } });
  });

  it("rejects a wrong password and an unknown email with the same message", async () => {
    const user = await createUser();
    expect(await verifyCredentials({ email: user.email, password: "wrong" })).toEqual({ ok: false, message: invalidCredentialsMessage });
    expect(await verifyCredentials({ email: "nobody@test.example", password: "wrong" })).toEqual({ ok: false, message: invalidCredentialsMessage });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignIns).toBe(1);
  });

  it("throttles an account after five failures, even for the right password, until the lock expires", async () => {
    const user = await createUser();
    const start = new Date("2026-11-22T10:00:00Z");
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await verifyCredentials({ email: user.email, password: "guess" }, start)).toEqual({ ok: false, message: invalidCredentialsMessage });
    }
    const fifth = await verifyCredentials({ email: user.email, password: "guess" }, start);
    expect(fifth.ok).toBe(false);
    expect(!fifth.ok && fifth.message).toMatch(/Too many failed sign-ins.*Try again in 15 minutes \(at 10:15 UTC\)/);

    const stillLocked = await verifyCredentials({ email: user.email, password: testPassword }, new Date(start.getTime() + 10 * minute));
    expect(!stillLocked.ok && stillLocked.message).toMatch(/Try again in 5 minutes/);

    const afterLock = await verifyCredentials({ email: user.email, password: testPassword }, new Date(start.getTime() + 16 * minute));
    expect(afterLock.ok).toBe(true);
    const reset = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(reset.failedSignIns).toBe(0);
    expect(reset.signInLockedUntil).toBeNull();
  });

  it("refuses deactivated accounts and drops their sessions", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect((await verifyCredentials({ email: user.email, password: testPassword })).ok).toBe(false);
    expect(await findActor(user.id)).toBeNull();
  });
});
