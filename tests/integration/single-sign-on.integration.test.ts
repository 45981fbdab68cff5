import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInWithSingleSignOn } from "@/lib/auth/single-sign-on";
import { db } from "@/lib/db/client";
import { createUser } from "../factories";

const allowed = ["test.example"];
const identity = (email: string, subject = `sub-${randomUUID()}`) => ({
  subject,
  email,
  emailVerified: true,
  name: "Ana Costa",
});

describe("single sign-on", () => {
  it("creates one employee for a new person, even from 20 parallel first sign-ins", async () => {
    const email = `sso-${randomUUID().slice(0, 8)}@test.example`;
    const claims = identity(email);
    const results = await Promise.all(Array.from({ length: 20 }, () => signInWithSingleSignOn(claims, allowed)));
    const ids = new Set(results.map((result) => (result.ok ? result.actor.id : result.refusal)));
    expect(ids.size).toBe(1);
    expect(results[0]).toMatchObject({ ok: true, actor: { email, role: "EMPLOYEE", name: "Ana Costa" } });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("links an existing employee once, by subject, and keeps opening it if the e-mail changes", async () => {
    const user = await createUser();
    const claims = identity(user.email.toUpperCase());
    const results = await Promise.all(Array.from({ length: 20 }, () => signInWithSingleSignOn(claims, allowed)));
    expect(results.every((result) => result.ok && result.actor.id === user.id)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).ssoSubject).toBe(claims.subject);

    const renamed = await signInWithSingleSignOn({ ...claims, email: `renamed-${user.email}` }, allowed);
    expect(renamed).toMatchObject({ ok: true, actor: { id: user.id } });
    // Another identity with this e-mail is not linked on top.
    expect(await signInWithSingleSignOn(identity(user.email), allowed)).toEqual({ ok: false, refusal: "SsoLinkedElsewhere" });
  });

  it("never opens an administrator's or coordinator's account", async () => {
    for (const role of ["ADMIN", "COORDINATOR"] as const) {
      const user = await createUser({ role });
      expect(await signInWithSingleSignOn(identity(user.email), allowed)).toEqual({ ok: false, refusal: "SsoPrivilegedAccount" });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).ssoSubject).toBeNull();
    }
  });

  it("refuses unverified e-mails, other domains and deactivated accounts, writing nothing", async () => {
    const before = await db.user.count();
    const email = `sso-${randomUUID().slice(0, 8)}@test.example`;
    expect(await signInWithSingleSignOn({ ...identity(email), emailVerified: false }, allowed)).toEqual({
      ok: false,
      refusal: "SsoUnverifiedEmail",
    });
    expect(await signInWithSingleSignOn(identity(`x-${randomUUID()}@elsewhere.example`), allowed)).toEqual({
      ok: false,
      refusal: "SsoForeignDomain",
    });
    expect(await db.user.count()).toBe(before);

    const leaver = await createUser();
    await db.user.update({ where: { id: leaver.id }, data: { active: false } });
    expect(await signInWithSingleSignOn(identity(leaver.email), allowed)).toEqual({ ok: false, refusal: "SsoDeactivated" });
  });
});
