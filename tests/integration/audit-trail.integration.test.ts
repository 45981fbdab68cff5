import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { recordAudit } from "@/lib/audit/record-audit";
import { withRequestAddress } from "@/lib/audit/request-address";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { changePassword } from "@/lib/auth/change-password";
import { verifyCredentials } from "@/lib/auth/credentials";
import { resetPassword } from "@/lib/auth/password-reset/reset-password";
import { sendPasswordReset } from "@/lib/auth/password-reset/send-password-reset";
import { db } from "@/lib/db/client";
import { deleteKpiRow } from "@/lib/kpi/kpi-rows";
import { publishRun } from "@/lib/matching/publish-run";
import { setAccountActive } from "@/lib/people/accounts/set-account-active";
import { unlockSignIn } from "@/lib/people/accounts/unlock-sign-in";
import { exportPeopleCsv } from "@/lib/people/export-people";
import { changeUserRole } from "@/lib/people/people";
import { createActor, createMatch, createParticipation, createProgram, createUser, testPassword } from "../factories";

const office = "203.0.113.10";
const start = new Date("2026-11-22T10:00:00Z");
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

const events = (action: string) => db.auditEvent.findMany({ where: { action }, orderBy: { at: "asc" } });

describe("the audit trail", () => {
  it("is append-only: the database refuses to change or delete an entry", async () => {
    await recordAudit(db, null, { action: "people.exported", summary: "An entry" });
    const [entry] = await db.auditEvent.findMany();
    await expect(db.auditEvent.update({ where: { id: entry!.id }, data: { summary: "Rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findMany()).toEqual([entry]);
  });

  it("records a role change once, with who, what and from where, however many identical calls race", async () => {
    const admin = await createActor("ADMIN");
    const person = await createUser({ name: "Rita Role" });
    await withRequestAddress(office, () =>
      Promise.all(Array.from({ length: 20 }, () => changeUserRole(admin, { userId: person.id, role: "COORDINATOR" }))),
    );
    const [event, ...rest] = await events("person.role-changed");
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      actorId: admin.id,
      actorName: admin.name,
      targetType: "User",
      targetId: person.id,
      summary: "Changed Rita Role's role from Employee to Coordinator",
      address: office,
    });
    // Setting the role it already has changes nothing and records nothing.
    await changeUserRole(admin, { userId: person.id, role: "COORDINATOR" });
    expect(await events("person.role-changed")).toHaveLength(1);
  });

  it("records deactivating and reactivating a leaver once each", async () => {
    const admin = await createActor("ADMIN");
    const leaver = await createUser({ name: "Leo Leaver" });
    await Promise.all(Array.from({ length: 10 }, () => setAccountActive(admin, { userId: leaver.id, active: false })));
    await setAccountActive(admin, { userId: leaver.id, active: true });
    expect((await db.auditEvent.findMany({ orderBy: { at: "asc" } })).map((e) => [e.action, e.summary])).toEqual([
      ["person.deactivated", "Deactivated Leo Leaver's account"],
      ["person.reactivated", "Reactivated Leo Leaver's account"],
    ]);
  });

  it("records when an account starts being slowed, once per run of failures, and never the password typed", async () => {
    const user = await createUser();
    for (let k = 0; k < 22; k += 1) {
      await verifyCredentials({ email: user.email, password: `guess-${k}-secret` }, `198.51.100.${k + 1}`, after(k));
    }
    const slowed = await events("sign-in.slowed");
    expect(slowed.map((e) => e.summary)).toEqual([`Sign-ins to ${user.email} slowed after 20 failed attempts in a row`]);
    expect(slowed[0]).toMatchObject({ actorId: null, actorName: "Not signed in" });

    const admin = await createActor("ADMIN");
    await unlockSignIn(admin, { userId: user.id });
    expect((await events("sign-in.unlocked")).map((e) => e.summary)).toEqual([
      `Lifted the sign-in waits on ${user.name}'s account`,
    ]);
    const everything = JSON.stringify(await db.auditEvent.findMany());
    expect(everything).not.toContain("-secret");
  });

  it("records password resets and changes without the link, the token or the password", async () => {
    const admin = await createActor("ADMIN");
    const user = await createUser({ name: "Pat Password" });
    const sent = await sendPasswordReset(admin, { userId: user.id }, start);
    const token = sent.link!.split("/reset-password/")[1]!;
    await resetPassword({ token, newPassword: "a brand new passphrase" }, after(60));
    const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
    await changePassword(
      actor,
      { currentPassword: "a brand new passphrase", newPassword: "another passphrase entirely" },
      office,
      after(120),
    );

    const trail = await db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(trail.map((e) => [e.action, e.actorName, e.summary])).toEqual([
      ["password.reset-link-sent", admin.name, "Sent Pat Password a password reset link"],
      ["password.reset", "Pat Password", "Pat Password chose a new password from a reset link"],
      ["password.changed", "Pat Password", "Pat Password changed their password"],
    ]);
    const text = JSON.stringify(trail);
    for (const secret of [token, "a brand new passphrase", "another passphrase entirely", testPassword])
      expect(text).not.toContain(secret);
  });

  it("records publishing, exports and deletions", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await createProgram({ status: "MATCHING", name: "Audit Circle" });
    const mentor = await createParticipation(program.id, "MENTOR", { capacity: 2 });
    const run = await db.matchingRun.create({ data: { programId: program.id, config: {}, summary: {} } });
    for (let k = 0; k < 2; k += 1) {
      const mentee = await createParticipation(program.id, "MENTEE");
      await createMatch(program.id, mentor.id, mentee.id, { status: "PROPOSED", runId: run.id });
    }
    await publishRun(coordinator, { runId: run.id });
    await exportPeopleCsv(coordinator);
    const row = await db.kpiRow.create({
      data: {
        programId: program.id,
        measure: "Retention at 12 months",
        metric: "RETENTION_12M",
        audience: "ORGANISATION",
        level: 4,
        horizon: "LONG_TERM",
        target: 0.9,
        owner: "HR",
        position: 0,
      },
    });
    await Promise.all(Array.from({ length: 5 }, () => deleteKpiRow(coordinator, { programId: program.id, rowId: row.id })));

    const trail = await db.auditEvent.findMany({ orderBy: { at: "asc" } });
    expect(trail.map((e) => [e.action, e.summary])).toEqual([
      ["matching.published", "Published 2 pairs in Audit Circle"],
      ["people.exported", expect.stringMatching(/^Exported the directory: \d+ people$/)],
      ["kpi-row.deleted", 'Deleted the KPI row "Retention at 12 months" from Audit Circle'],
    ]);
  });
});

describe("reading the audit trail", () => {
  it("is for administrators, newest first, filtered by event, person and day, a page at a time", async () => {
    const admin = await createActor("ADMIN");
    const amy = { id: randomUUID(), name: "Amy Auditor" };
    const bob = { id: randomUUID(), name: "Bob Builder" };
    for (let k = 0; k < 60; k += 1) {
      await recordAudit(
        db,
        k % 2 ? amy : bob,
        { action: k % 3 ? "people.exported" : "hr.viewed", summary: `Event ${k}` },
        after(k * 3600),
      );
    }
    const filter = (input: Record<string, string>) => auditFilterSchema.parse(input);

    const first = await listAuditEvents(admin, filter({}));
    expect(first.events).toHaveLength(50);
    expect(first.events[0]).toMatchObject({ summary: "Event 59", actorName: "Amy Auditor", actionLabel: "People exported" });
    const second = await listAuditEvents(admin, filter({ before: first.olderFrom! }));
    expect(second.events.map((e) => e.summary)).toEqual(Array.from({ length: 10 }, (_, k) => `Event ${9 - k}`));
    expect(second.olderFrom).toBeNull();

    const amyViews = await listAuditEvents(admin, filter({ action: "hr.viewed", person: "amy" }));
    expect(amyViews.events.map((e) => e.summary)).toEqual([
      "Event 57",
      "Event 51",
      "Event 45",
      "Event 39",
      "Event 33",
      "Event 27",
      "Event 21",
      "Event 15",
      "Event 9",
      "Event 3",
    ]);
    // 22 November, 10:00 UTC onwards, an event an hour: the 22nd holds events 0–13.
    const firstDay = await listAuditEvents(admin, filter({ from: "2026-11-22", to: "2026-11-22" }));
    expect(firstDay.events).toHaveLength(14);

    const bad = auditFilterSchema.safeParse({ action: "everything", from: "2026-11-30", to: "2026-11-01" });
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["action", "Choose an event from the list."]]);
    const backwards = auditFilterSchema.safeParse({ from: "2026-11-30", to: "2026-11-01" });
    expect(backwards.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["to", "The end date must be on or after the start date."],
    ]);

    for (const role of ["COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const) {
      await expect(listAuditEvents(await createActor(role), filter({}))).rejects.toMatchObject({ status: 403 });
    }
  });
});
