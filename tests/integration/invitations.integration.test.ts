import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listOutbox } from "@/lib/notifications/outbox";
import { inviteToProgram, nominateReport } from "@/lib/programs/invitations";
import { createActor, createUser } from "../factories";

async function openProgram() {
  return db.program.create({ data: { slug: `open-${Date.now()}`, name: "Open Circle", status: "ENROLMENT" } });
}

describe("invitations", () => {
  it("invites people and whole departments once each, skipping anyone already taking part", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await openProgram();
    const department = await db.department.create({ data: { name: "Data" } });
    const [a, b, c] = [await createUser(), await createUser(), await createUser()];
    await db.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { departmentId: department.id } });
    await db.participation.create({ data: { programId: program.id, userId: b.id, role: "MENTEE" } });

    expect(
      await inviteToProgram(coordinator, {
        programId: program.id,
        userIds: [c.id],
        departmentIds: [department.id],
        message: "",
      }),
    ).toEqual({ invited: 2, skipped: 1 });
    expect(
      await inviteToProgram(coordinator, { programId: program.id, userIds: [a.id, c.id], departmentIds: [], message: "" }),
    ).toEqual({ invited: 0, skipped: 2 });
    const outbox = await listOutbox(coordinator);
    expect(outbox.smtp).toBe(false);
    expect(outbox.messages.filter((m) => m.subject === "You are invited to apply: Open Circle")).toHaveLength(2);
    expect(outbox.messages.every((m) => m.link === `/enrol/${program.slug}` && m.sentAt === null)).toBe(true);
  });

  it("is for coordinators, and only while enrolment is open", async () => {
    const program = await openProgram();
    const invitation = { programId: program.id, userIds: [(await createUser()).id], departmentIds: [], message: "" };
    await expect(inviteToProgram(await createActor("EMPLOYEE"), invitation)).rejects.toMatchObject({ status: 403 });
    await db.program.update({ where: { id: program.id }, data: { status: "DRAFT" } });
    await expect(inviteToProgram(await createActor("COORDINATOR"), invitation)).rejects.toMatchObject({ status: 409 });
    expect(await db.invitation.count()).toBe(0);
  });
});

describe("nominations", () => {
  it("lets a manager nominate a direct report, once, and nobody else's", async () => {
    const program = await openProgram();
    const manager = await createActor("EMPLOYEE");
    const report = await createUser();
    const stranger = await createUser();
    await db.user.update({ where: { id: report.id }, data: { managerId: manager.id } });

    await nominateReport(manager, { slug: program.slug, nomineeId: report.id, role: "MENTEE", note: "Ready for a stretch." });
    expect(await db.nomination.count()).toBe(1);
    expect(await db.notification.count({ where: { userId: report.id } })).toBe(1);
    await expect(
      nominateReport(manager, { slug: program.slug, nomineeId: report.id, role: "MENTEE", note: "" }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      nominateReport(manager, { slug: program.slug, nomineeId: stranger.id, role: "MENTEE", note: "" }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await db.nomination.count()).toBe(1);
  });
});
