import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/auth/change-password";
import { invalidCredentialsMessage, verifyCredentials } from "@/lib/auth/credentials";
import { findSignedIn } from "@/lib/auth/find-signed-in";
import { resetPassword, resetLinkUnusableMessage } from "@/lib/auth/password-reset/reset-password";
import { sendPasswordReset } from "@/lib/auth/password-reset/send-password-reset";
import { db } from "@/lib/db/client";
import { setAccountActive } from "@/lib/people/accounts/set-account-active";
import { unlockSignIn } from "@/lib/people/accounts/unlock-sign-in";
import { createActor, createUser, testPassword } from "../factories";

const start = new Date("2026-11-22T10:00:00Z");
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const attacker = "198.51.100.66";
const office = "203.0.113.10";

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await createUser({ role: "COORDINATOR" });
    const result = await verifyCredentials({ email: user.email.toUpperCase(), password: testPassword }, office);
    expect(result).toEqual({ ok: true, actor: { id: user.id, name: user.name, email: user.email, role: "COORDINATOR" } });
  });

  it("answers a wrong password, an unknown email and a deactivated account the same way", async () => {
    const user = await createUser();
    const leaver = await createUser();
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    const answers = [
      await verifyCredentials({ email: user.email, password: "wrong" }, office, start),
      await verifyCredentials({ email: "nobody@test.example", password: "wrong" }, office, start),
      await verifyCredentials({ email: leaver.email, password: testPassword }, office, start),
    ];
    expect(answers).toEqual([0, 1, 2].map(() => ({ ok: false, message: invalidCredentialsMessage })));
    // Unknown e-mails are counted too, so the throttle itself tells nothing about existence.
    expect(await db.signInThrottle.count({ where: { key: { startsWith: "account:nobody@" } } })).toBe(1);
  });

  it("makes each guess after the fifth wait longer, without stopping the owner at another address", async () => {
    const user = await createUser();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(await verifyCredentials({ email: user.email, password: "guess" }, attacker, start)).toEqual({
        ok: false,
        message: invalidCredentialsMessage,
      });
    }
    const sixth = await verifyCredentials({ email: user.email, password: testPassword }, attacker, start);
    expect(sixth).toMatchObject({ ok: false, throttled: true });
    expect(!sixth.ok && sixth.message).toMatch(/Wait 2 seconds/);
    expect((await verifyCredentials({ email: user.email, password: "guess" }, attacker, after(2))).ok).toBe(false);
    const longer = await verifyCredentials({ email: user.email, password: "guess" }, attacker, after(3));
    expect(!longer.ok && longer.message).toMatch(/Wait 3 seconds/);

    // The owner, from the office, is not held by the attacker's guesses.
    expect((await verifyCredentials({ email: user.email, password: testPassword }, office, after(3))).ok).toBe(true);
  });

  it("counts guesses per address across accounts", { timeout: 180_000 }, async () => {
    const users = await Promise.all(Array.from({ length: 8 }, () => createUser()));
    let refused = 0;
    for (const user of users) {
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const result = await verifyCredentials({ email: user.email, password: "guess" }, attacker, start);
        if (!result.ok && result.throttled) refused += 1;
      }
    }
    // 30 free guesses from one address, then it waits, whichever account it tries.
    expect(refused).toBe(2);
  });

  it("checks at most five of 31 parallel guesses, so a burst cannot outrun the count", { timeout: 180_000 }, async () => {
    const user = await createUser();
    const attempts = [
      ...Array.from({ length: 30 }, () => verifyCredentials({ email: user.email, password: "guess" }, attacker, start)),
      verifyCredentials({ email: user.email, password: testPassword }, attacker, start),
    ];
    const results = await Promise.all(attempts);
    const checked = results.filter((r) => r.ok || !r.throttled);
    expect(checked.length).toBeLessThanOrEqual(5);
  });

  it("lets an administrator lift the waits", async () => {
    const admin = await createActor("ADMIN");
    const user = await createUser();
    for (let attempt = 0; attempt < 8; attempt += 1)
      await verifyCredentials({ email: user.email, password: "guess" }, attacker, start);
    expect(await verifyCredentials({ email: user.email, password: testPassword }, attacker, start)).toMatchObject({
      throttled: true,
    });
    await unlockSignIn(admin, { userId: user.id });
    expect((await verifyCredentials({ email: user.email, password: testPassword }, attacker, start)).ok).toBe(true);
    await expect(unlockSignIn(await createActor("COORDINATOR"), { userId: user.id })).rejects.toThrow(/role does not allow/);
  });

  it("deactivates and reactivates an account, never one's own", async () => {
    const admin = await createActor("ADMIN");
    const user = await createUser();
    await Promise.all(Array.from({ length: 5 }, () => setAccountActive(admin, { userId: user.id, active: false })));
    expect((await verifyCredentials({ email: user.email, password: testPassword }, office)).ok).toBe(false);
    expect(await findSignedIn(user.id)).toBeNull();
    await setAccountActive(admin, { userId: user.id, active: true });
    expect((await verifyCredentials({ email: user.email, password: testPassword }, office)).ok).toBe(true);
    await expect(setAccountActive(admin, { userId: admin.id, active: false })).rejects.toThrow(/your own account/);
  });

  it("resets a password through a one-time link that expires", { timeout: 180_000 }, async () => {
    const admin = await createActor("ADMIN");
    const user = await createUser();
    const sent = await sendPasswordReset(admin, { userId: user.id }, start);
    const token = sent.link!.split("/reset-password/")[1]!;
    expect(await db.passwordReset.count({ where: { tokenHash: token } })).toBe(0);

    const tries = await Promise.allSettled(
      Array.from({ length: 5 }, () => resetPassword({ token, newPassword: "a brand new passphrase" }, after(60))),
    );
    expect(tries.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    expect(tries.filter((t) => t.status === "rejected").map((t) => (t as PromiseRejectedResult).reason.message)).toEqual(
      Array(4).fill(resetLinkUnusableMessage),
    );
    expect((await verifyCredentials({ email: user.email, password: "a brand new passphrase" }, office)).ok).toBe(true);

    const late = await sendPasswordReset(admin, { userId: user.id }, start);
    const lateToken = late.link!.split("/reset-password/")[1]!;
    await expect(resetPassword({ token: lateToken, newPassword: "too late for this one" }, after(61 * 60))).rejects.toThrow(
      resetLinkUnusableMessage,
    );
  });

  it("changes one's own password after checking the current one", async () => {
    const user = await createUser();
    const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
    await expect(
      changePassword(actor, { currentPassword: "not it", newPassword: "another long passphrase" }, office),
    ).rejects.toThrow(/current password is not right/);
    await changePassword(actor, { currentPassword: testPassword, newPassword: "another long passphrase" }, office);
    expect((await verifyCredentials({ email: user.email, password: "another long passphrase" }, office)).ok).toBe(true);
    expect((await verifyCredentials({ email: user.email, password: testPassword }, office)).ok).toBe(false);
  });
});
