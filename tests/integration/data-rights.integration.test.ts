import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { executiveDashboard } from "@/lib/kpi/dashboard";
import { erasePerson, erasedName } from "@/lib/people/accounts/erase-person";
import { setAccountActive } from "@/lib/people/accounts/set-account-active";
import { myData } from "@/lib/privacy/my-data";
import { createActor } from "../factories";

async function actorNamed(name: string) {
  const user = await db.user.findFirstOrThrow({ where: { name } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

describe("a person's own data", () => {
  it("downloads everything held about them, without anyone else's private notes or anonymous answers", async () => {
    await seedDemoOrganisation(db);
    const lena = await actorNamed("Lena Fischer");
    const data = await myData(lena);
    expect(data.account).toMatchObject({ name: "Lena Fischer", email: lena.email });
    expect(data.account.profile).not.toBeNull();
    expect(data.programmes.map((p) => p.program.name)).toContain("Leadership Accelerator 2026");
    expect(data.pairs.length).toBeGreaterThan(0);
    expect(data.pairs[0]!.sessions.length).toBeGreaterThan(0);
    expect(data.about.notIncluded).toHaveLength(2);
    const text = JSON.stringify(data);
    // Coordinators' check-in notes and other people's reflections stay out.
    for (const checkIn of await db.checkIn.findMany({ where: { note: { not: "" } }, select: { note: true } })) {
      expect(text).not.toContain(checkIn.note);
    }
    const mine = new Set(data.privateSessionReflections.map((r) => r.body));
    expect(mine.size).toBeGreaterThan(0);
    const theirs = await db.sessionReflection.findMany({ where: { authorId: { not: lena.id } }, select: { body: true } });
    for (const reflection of theirs.filter((r) => !mine.has(r.body))) expect(text).not.toContain(reflection.body);
    expect(await db.auditEvent.count({ where: { action: "person.data-downloaded", actorId: lena.id } })).toBe(1);
  }, 120_000);
});

describe("erasing a leaver", () => {
  it("removes who they were, keeps every programme figure the same, and happens once under 20 parallel calls", async () => {
    await seedDemoOrganisation(db);
    const admin = await actorNamed("Sam Whitfield");
    const executive = await actorNamed("Helena Marsh");
    const now = new Date();
    const leaver = await db.user.findFirstOrThrow({
      where: {
        participations: { some: { status: "APPROVED", program: { slug: "leadership-accelerator-2026" } } },
        role: "EMPLOYEE",
        profile: { isNot: null },
      },
      select: { id: true, name: true, email: true },
    });
    const before = await executiveDashboard(executive, now);

    await expect(erasePerson(admin, { userId: leaver.id }, now)).rejects.toThrow(`Deactivate ${leaver.name} first`);
    await setAccountActive(admin, { userId: leaver.id, active: false });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => erasePerson(admin, { userId: leaver.id }, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ status: 409 });

    const erased = await db.user.findUniqueOrThrow({ where: { id: leaver.id }, include: { profile: true } });
    expect(erased).toMatchObject({
      name: erasedName,
      title: null,
      passwordHash: null,
      managerId: null,
      profile: null,
      active: false,
    });
    expect(erased.email).toBe(`erased-${leaver.id}@erased.invalid`);
    expect(await db.notification.count({ where: { userId: leaver.id } })).toBe(0);
    expect(await db.applicationAnswer.count({ where: { participation: { userId: leaver.id } } })).toBe(0);
    expect(await db.sessionReflection.count({ where: { authorId: leaver.id } })).toBe(0);
    // What the figures rest on is kept, so they do not move.
    expect(await executiveDashboard(executive, now)).toEqual(before);
    const audit = await db.auditEvent.findMany({ where: { action: "person.erased" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).not.toContain(leaver.name);

    await expect(setAccountActive(admin, { userId: leaver.id, active: true })).rejects.toMatchObject({ status: 409 });
    await expect(erasePerson(admin, { userId: admin.id }, now)).rejects.toMatchObject({ status: 409 });
    for (const role of ["COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const) {
      await expect(erasePerson(await createActor(role), { userId: leaver.id }, now)).rejects.toMatchObject({ status: 403 });
    }
  }, 180_000);
});
