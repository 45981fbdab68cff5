import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveQueueItem, snoozeQueueItem } from "@/lib/checkins/decide-queue-item";
import { listCheckInQueue } from "@/lib/checkins/list-queue";
import { getPairCheckInHistory } from "@/lib/checkins/pair-history";
import { recordCheckIn } from "@/lib/checkins/record-check-in";
import { recordCheckInSchema } from "@/lib/checkins/schemas";
import { createActor, createLivePair, createUser } from "../factories";

const t0 = new Date("2026-03-02T09:00:00Z");
const day = (n: number) => new Date(t0.getTime() + n * 86_400_000);
const iso = (date: Date) => date.toISOString().slice(0, 10);

async function activePair(name = "North") {
  const program = await db.program.create({
    data: { slug: `${name}-${randomUUID()}`, name: `${name} Circle`, status: "ACTIVE" },
  });
  const [mentor, mentee] = [await createUser({ name: `${name} Mentor` }), await createUser({ name: `${name} Mentee` })];
  const { mentorPart, menteePart, match } = await createLivePair(program.id, {
    mentorUserId: mentor.id,
    menteeUserId: mentee.id,
    startedAt: t0,
  });
  await db.agreement.create({ data: { matchId: match.id, createdAt: t0, mentorSignedAt: t0, menteeSignedAt: t0 } });
  return { program, match, mentorPart, menteePart };
}

const checkIn = (programId: string, matchId: string, heldOn: Date, extra: Record<string, unknown> = {}) =>
  recordCheckInSchema.parse({
    programId,
    matchId,
    requestKey: randomUUID(),
    heldOn: iso(heldOn),
    withWhom: "BOTH",
    channel: "CALL",
    outcome: "NEEDS_SUPPORT",
    note: "Mentee changed team; they will restart in two weeks.",
    followUpOn: "",
    ...extra,
  });

describe("check-in queue", () => {
  it("lists a quiet pair with the reason and since when; a recorded check-in takes it off", async () => {
    const coordinator = await createActor("COORDINATOR");
    const { program, match } = await activePair();
    await db.mentoringSession.create({ data: { matchId: match.id, occurredAt: day(2), durationMinutes: 45 } });

    expect((await listCheckInQueue(coordinator, {}, day(30))).items).toEqual([]);
    const queue = await listCheckInQueue(coordinator, {}, day(40));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      subject: { kind: "pair", matchId: match.id },
      programName: "North Circle",
      since: day(32),
      reasons: [{ code: "QUIET", text: "No session for 38 days; the programme expects one at least every 30 days" }],
    });
    expect(queue.schedules).toEqual([
      { programId: program.id, programName: "North Circle", everyDays: 90, livePairs: 1, done: 0 },
    ]);

    const input = checkIn(program.id, match.id, day(40));
    await Promise.all(Array.from({ length: 20 }, () => recordCheckIn(coordinator, input, day(40))));
    expect(await db.checkIn.count()).toBe(1);
    const after = await listCheckInQueue(coordinator, {}, day(41));
    expect(after.items).toEqual([]);
    expect(after.schedules[0]).toMatchObject({ livePairs: 1, done: 1 });
    const history = await getPairCheckInHistory(coordinator, match.id);
    expect(history.checkIns[0]).toMatchObject({ outcome: "NEEDS_SUPPORT", recordedBy: { name: coordinator.name } });
  });

  it("refuses a check-in on a pair of another programme, in the future, or with a follow-up before it, writing nothing", async () => {
    const coordinator = await createActor("COORDINATOR");
    const north = await activePair("North");
    const south = await activePair("South");
    await expect(recordCheckIn(coordinator, checkIn(north.program.id, south.match.id, day(1)), day(2))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { matchId: ["This pair is not in that programme."] },
    });
    await expect(recordCheckIn(coordinator, checkIn(north.program.id, north.match.id, day(3)), day(2))).rejects.toMatchObject({
      fieldErrors: { heldOn: ["Pick today or an earlier date."] },
    });
    const backwards = recordCheckInSchema.safeParse({
      ...checkIn(north.program.id, north.match.id, day(3)),
      followUpOn: iso(day(1)),
    });
    expect(backwards.error?.issues[0]).toMatchObject({ path: ["followUpOn"] });
    const huge = recordCheckInSchema.safeParse({
      ...checkIn(north.program.id, north.match.id, day(1)),
      note: "x".repeat(1_000_000),
    });
    expect(huge.error?.issues[0]).toMatchObject({ path: ["note"], message: "Keep the note under 5,000 characters." });
    await expect(
      recordCheckIn(await createActor("EMPLOYEE"), checkIn(north.program.id, north.match.id, day(1)), day(2)),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.checkIn.count()).toBe(0);
  });

  it("snoozes until a date (not a past one), and resolving clears help requests until a new event", async () => {
    const coordinator = await createActor("COORDINATOR");
    const { program, match } = await activePair();
    await db.mentoringSession.create({ data: { matchId: match.id, occurredAt: day(1), durationMinutes: 30 } });
    await db.helpRequest.create({ data: { matchId: match.id, message: "We disagree about goals", createdAt: day(3) } });
    expect((await listCheckInQueue(coordinator, {}, day(4))).items[0]!.reasons.map((r) => r.text)).toEqual([
      "1 help request from session logs",
    ]);

    await expect(
      snoozeQueueItem(coordinator, { programId: program.id, matchId: match.id, until: iso(day(3)), reason: "Away" }, day(4)),
    ).rejects.toMatchObject({ fieldErrors: { until: ["Pick a date after today."] } });
    await snoozeQueueItem(
      coordinator,
      { programId: program.id, matchId: match.id, until: iso(day(10)), reason: "Mentee on leave" },
      day(4),
    );
    expect((await listCheckInQueue(coordinator, {}, day(9))).items).toEqual([]);
    expect((await listCheckInQueue(coordinator, {}, day(10))).items).toHaveLength(1);

    await resolveQueueItem(
      coordinator,
      { programId: program.id, matchId: match.id, reason: "Agreed new goals by phone" },
      day(11),
    );
    expect((await listCheckInQueue(coordinator, {}, day(12))).items).toEqual([]);
    expect(await db.helpRequest.count({ where: { resolvedAt: null } })).toBe(0);
    await db.match.update({ where: { id: match.id }, data: { flaggedAt: day(13), flagReason: "Different working hours" } });
    expect((await listCheckInQueue(coordinator, {}, day(14))).items[0]!.reasons).toEqual([
      { code: "POOR_FIT", text: "Flagged as a poor fit: Different working hours", since: day(13) },
    ]);
  });

  it("lists a mentor with requests unanswered past their deadline, for one programme or all", async () => {
    const coordinator = await createActor("COORDINATOR");
    const { program, mentorPart } = await activePair();
    const other = await createUser();
    const asker = await db.participation.create({
      data: { programId: program.id, userId: other.id, role: "MENTEE", status: "APPROVED" },
    });
    await db.matchRequest.create({
      data: { programId: program.id, menteeId: asker.id, mentorId: mentorPart.id, rank: 1, status: "PENDING", respondBy: day(5) },
    });
    await db.agreement.deleteMany();
    const queue = await listCheckInQueue(coordinator, { programId: program.id }, day(6));
    const mentorItem = queue.items.find((i) => i.subject.kind === "mentor");
    expect(mentorItem).toMatchObject({
      people: [{ role: "Mentor", name: "North Mentor" }],
      reasons: [{ code: "UNANSWERED_REQUESTS", text: "1 mentoring request left unanswered past the deadline", since: day(5) }],
    });
    await expect(listCheckInQueue(await createActor("EXECUTIVE"))).rejects.toMatchObject({ status: 403 });
  });
});

describe("weekly coordinator digest", () => {
  it("tells each coordinator how many wait per programme", async () => {
    const { coordinatorDigestSections } = await import("@/lib/checkins/coordinator-digest");
    const { sendWeeklyDigests } = await import("@/lib/notifications/send-weekly-digests");
    const coordinator = await createActor("COORDINATOR");
    await activePair();
    const now = day(40);
    expect(await sendWeeklyDigests(now, await coordinatorDigestSections(now))).toBe(1);
    const digest = await db.notification.findFirstOrThrow({ where: { userId: coordinator.id, kind: "WEEKLY_DIGEST" } });
    expect(digest.body).toBe("• North Circle: 1 waiting for a check-in; regular check-ins 0 of 1 pairs done this period.");
  });
});
