import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { addCoMentor } from "@/lib/groups/add-co-mentor";
import { endGroup } from "@/lib/groups/end-group";
import { groupOfficeView } from "@/lib/groups/group-office-view";
import { groupWorkspace } from "@/lib/groups/group-workspace";
import { leaveGroup } from "@/lib/groups/leave-group";
import { logGroupSession } from "@/lib/groups/log-group-session";
import { scheduleGroupSession } from "@/lib/groups/schedule-group-session";
import { logGroupSessionSchema, scheduleGroupSessionSchema } from "@/lib/groups/schemas";
import { signGroupAgreement } from "@/lib/groups/sign-group-agreement";
import { updateGroupAgreement } from "@/lib/groups/update-group-agreement";
import { listCheckInQueue } from "@/lib/checkins/list-queue";
import { loadPairSummaries } from "@/lib/kpi/pair-summaries";
import { dueThisWeek } from "@/lib/mentoring/due-this-week";
import { loadProgramPairs } from "@/lib/matching/pairs";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { createProgram } from "@/lib/programs/programs";
import { createActor, createUser } from "../factories";

const parallel = 20;
const publishedAt = new Date("2027-01-04T09:00:00Z");

async function person(programId: string, role: "MENTOR" | "MENTEE", level: number) {
  const user = await createUser({ level });
  await db.profile.create({
    data: {
      userId: user.id,
      languages: ["English"],
      ...(role === "MENTOR" ? { skillsOffered: ["Leading teams"] } : { skillsWanted: ["Leading teams"] }),
    },
  });
  const participation = await db.participation.create({
    data: { programId, userId: user.id, role, status: "APPROVED", capacity: 1 },
  });
  const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role };
  return { actor, participation };
}

/** A group programme of `mentors` mentors and `mentees` mentees, matched and published. */
async function circles(mentorCount: number, menteeCount: number, groupSize: number) {
  const coordinator = await createActor("COORDINATOR");
  const { id: programId } = await createProgram(coordinator, {
    name: `Circles ${crypto.randomUUID().slice(0, 8)}`,
    type: "GROUP",
    purpose: "",
  });
  await db.program.update({ where: { id: programId }, data: { status: "MATCHING", maxGroupSize: groupSize } });
  const mentors = [];
  for (let k = 0; k < mentorCount; k += 1) mentors.push(await person(programId, "MENTOR", 7));
  const mentees = [];
  for (let k = 0; k < menteeCount; k += 1) mentees.push(await person(programId, "MENTEE", 3));
  const run = await runMatching(coordinator, { programId }, publishedAt);
  await publishRun(coordinator, { runId: run.runId }, publishedAt);
  return { coordinator, programId, mentors, mentees };
}

/** One circle: its mentor, its mentees (actor and pair id) and its id. */
async function firstCircle(world: Awaited<ReturnType<typeof circles>>) {
  const group = await db.mentoringGroup.findFirstOrThrow({
    where: { programId: world.programId },
    orderBy: { id: "asc" },
    select: { id: true, mentorId: true, members: { orderBy: { id: "asc" }, select: { id: true, menteeId: true } } },
  });
  const mentor = world.mentors.find((m) => m.participation.id === group.mentorId)!;
  const mentees = group.members.map((pair) => ({
    pairId: pair.id,
    ...world.mentees.find((m) => m.participation.id === pair.menteeId)!,
  }));
  return { groupId: group.id, mentor, mentees };
}

const sessionTime = {
  day: "2027-01-12",
  startTime: "17:00",
  endTime: "18:00",
  format: "VIDEO",
  place: "https://meet.example.com/circle",
};

function settledCounts(results: PromiseSettledResult<unknown>[]) {
  return {
    ok: results.filter((r) => r.status === "fulfilled").length,
    failed: results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason)),
  };
}

describe("group mentoring", () => {
  it("publishing a group programme forms one circle per mentor, never past the group size", async () => {
    const world = await circles(2, 5, 3);
    const pairs = await db.match.findMany({ where: { programId: world.programId, status: "ACTIVE" } });
    expect(pairs).toHaveLength(5);
    expect(pairs.every((p) => p.groupId !== null)).toBe(true);
    const groups = await db.mentoringGroup.findMany({
      where: { programId: world.programId },
      include: { members: true, mentor: { include: { user: true } } },
    });
    expect(groups).toHaveLength(2);
    for (const group of groups) {
      expect(group.members.length).toBeLessThanOrEqual(3);
      expect(group.members.every((m) => m.mentorId === group.mentorId)).toBe(true);
      expect(group.name).toBe(`${group.mentor.user.name}'s circle`);
    }
    // Every member (and the coordinator's view) sees the circle; an outsider is told it does not exist.
    const { groupId, mentor, mentees } = await firstCircle(world);
    const seen = await groupWorkspace(mentees[0]!.actor, groupId, publishedAt);
    expect(seen.members.map((m) => m.role)).toEqual(["Mentor", ...mentees.map(() => "Mentee")]);
    expect(seen.members[0]!.name).toBe(mentor.actor.name);
    const outsider = await createActor("EMPLOYEE");
    await expect(groupWorkspace(outsider, groupId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A meeting held before the circle was published, logged afterwards, expects its founding mentees.
    const early = logGroupSessionSchema.parse({
      groupId,
      ...sessionTime,
      day: "2027-01-02",
      attendeePairIds: [mentees[0]!.pairId],
      usefulness: 3,
    });
    await logGroupSession(mentor.actor, early, publishedAt);
    const [held] = (await groupWorkspace(mentor.actor, groupId, publishedAt)).past;
    expect(held).toMatchObject({ came: [mentees[0]!.actor.name] });
    expect(held!.missed.sort()).toEqual(
      mentees
        .slice(1)
        .map((m) => m.actor.name)
        .sort(),
    );
  });

  it("logs a group session once, with attendance that counts for the attendees' pairs only, under 20 parallel logs", async () => {
    const world = await circles(1, 3, 3);
    const { groupId, mentor, mentees } = await firstCircle(world);
    const [came1, came2, missed] = mentees as [(typeof mentees)[0], (typeof mentees)[0], (typeof mentees)[0]];

    // Booked once for the whole group: twenty identical bookings make one, and each member is invited once.
    const booking = scheduleGroupSessionSchema.parse({ groupId, ...sessionTime });
    const booked = settledCounts(
      await Promise.allSettled(
        Array.from({ length: parallel }, () => scheduleGroupSession(mentor.actor, booking, new Date("2027-01-05T09:00:00Z"))),
      ),
    );
    expect(booked.ok).toBe(1);
    const session = await db.groupSession.findFirstOrThrow({ where: { groupId } });
    expect(session.status).toBe("SCHEDULED");
    const invites = await db.notification.findMany({
      where: { dedupeKey: { startsWith: `group-session:${session.id}:scheduled` } },
    });
    expect(invites.map((n) => n.userId).sort()).toEqual(mentees.map((m) => m.actor.id).sort());
    expect(invites.every((n) => n.calendarInvite?.includes("METHOD:REQUEST"))).toBe(true);

    // Only the group's mentors log it.
    const log = logGroupSessionSchema.parse({
      groupId,
      groupSessionId: session.id,
      ...sessionTime,
      attendeePairIds: [came1.pairId, came2.pairId],
      usefulness: 4,
      topic: "Saying no to senior stakeholders",
      progress: "Each of us practised a no with a reason and an offer.",
      nextSteps: "Try it once this week and bring the story back.",
    });
    const after = new Date("2027-01-13T09:00:00Z");
    await expect(logGroupSession(came1.actor, log, after)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const logged = settledCounts(
      await Promise.allSettled(Array.from({ length: parallel }, () => logGroupSession(mentor.actor, log, after))),
    );
    expect(logged.ok).toBe(1);
    expect(await db.groupSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ status: "LOGGED" });

    // Attendance is the session counted on each attendee's pair, and nowhere else.
    const attendance = await db.mentoringSession.findMany({ where: { groupSessionId: session.id } });
    expect(attendance.map((s) => s.matchId).sort()).toEqual([came1.pairId, came2.pairId].sort());
    const hub = (await loadProgramPairs(after, world.programId))[0]!.pairs;
    const sessionsOf = (pairId: string) => hub.find((p) => p.id === pairId)!.sessions;
    expect([sessionsOf(came1.pairId), sessionsOf(came2.pairId), sessionsOf(missed.pairId)]).toEqual([1, 1, 0]);
    const kpi = await loadPairSummaries([world.programId], after);
    const kpiOf = (menteeId: string) => kpi.find((p) => p.menteeId === menteeId)!.sessions;
    expect(kpiOf(missed.participation.id)).toBe(0);
    expect(kpiOf(came1.participation.id)).toBe(1);

    // Members read who came and the notes; the programme office reads who came, never the notes.
    const member = await groupWorkspace(missed.actor, groupId, after);
    expect(member.past[0]).toMatchObject({
      missed: [missed.actor.name],
      progress: "Each of us practised a no with a reason and an offer.",
    });
    expect(member.past[0]!.came.sort()).toEqual([came1.actor.name, came2.actor.name].sort());
    const office = await groupOfficeView(world.coordinator, world.programId, groupId);
    expect(office.sessions[0]).toMatchObject({
      status: "LOGGED",
      durationMinutes: 60,
      usefulness: 4,
      missed: [missed.actor.name],
    });
    const officeText = JSON.stringify(office);
    for (const secret of [log.topic, log.progress, log.nextSteps]) expect(officeText).not.toContain(secret);
  });

  it("refuses attendance for someone outside the group, beside the field, and writes nothing", async () => {
    const world = await circles(2, 4, 2);
    const { groupId, mentor } = await firstCircle(world);
    const other = await db.match.findFirstOrThrow({ where: { programId: world.programId, NOT: { groupId } } });
    const log = logGroupSessionSchema.parse({ groupId, ...sessionTime, attendeePairIds: [other.id], usefulness: 3 });
    await expect(logGroupSession(mentor.actor, log, new Date("2027-01-13T09:00:00Z"))).rejects.toMatchObject({
      fieldErrors: { attendeePairIds: ["Tick mentees who are in this group now."] },
    });
    expect(await db.groupSession.count({ where: { groupId } })).toBe(0);
  });

  it("holds the group agreement only once everyone has signed, and a change asks everyone again", async () => {
    const world = await circles(2, 3, 3);
    const { groupId, mentor, mentees } = await firstCircle(world);
    // A co-mentor joins and must sign too.
    const coMentor = world.mentors.find((m) => m !== mentor)!;
    // Twenty identical clicks add them once, with one notification.
    const added = settledCounts(
      await Promise.allSettled(
        Array.from({ length: parallel }, () => addCoMentor(world.coordinator, { groupId, mentorId: coMentor.participation.id })),
      ),
    );
    expect(added.ok).toBe(parallel);
    expect((await db.mentoringGroup.findUniqueOrThrow({ where: { id: groupId } })).coMentorId).toBe(coMentor.participation.id);
    expect(
      await db.notification.count({ where: { userId: coMentor.actor.id, subject: { startsWith: "You are now a co-mentor" } } }),
    ).toBe(1);
    await expect(addCoMentor(world.coordinator, { groupId, mentorId: mentor.participation.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const everyone = [mentor, coMentor, ...mentees].map((p) => p.actor);
    // Twenty identical signatures by one person make one.
    const first = settledCounts(
      await Promise.allSettled(Array.from({ length: parallel }, () => signGroupAgreement(everyone[0]!, { groupId, version: 1 }))),
    );
    expect(first.ok).toBe(parallel);
    expect(await db.agreementSignature.count()).toBe(1);
    for (const signer of everyone.slice(1, -1)) {
      expect(await signGroupAgreement(signer, { groupId, version: 1 })).toEqual({ everyoneSigned: false });
    }
    expect(await signGroupAgreement(everyone.at(-1)!, { groupId, version: 1 })).toEqual({ everyoneSigned: true });
    const office = await groupOfficeView(world.coordinator, world.programId, groupId);
    expect(office.agreement).toEqual({ version: 1, everyoneSigned: true });

    // A mentee changes the terms: version 2, nobody has signed it, and an old signature is refused.
    const terms = (await groupWorkspace(mentees[0]!.actor, groupId)).agreement.terms;
    expect(
      await updateGroupAgreement(mentees[0]!.actor, { groupId, version: 1, ...terms, expectations: "We start on time." }),
    ).toEqual({ version: 2 });
    const seen = await groupWorkspace(mentor.actor, groupId);
    expect(seen.agreement).toMatchObject({ version: 2, everyoneSigned: false, mySignedAt: null });
    expect(seen.members.every((m) => m.signedAt === null)).toBe(true);
    await expect(signGroupAgreement(mentor.actor, { groupId, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const told = await db.notification.count({ where: { dedupeKey: { contains: ":v2:changed:" } } });
    expect(told).toBe(everyone.length - 1);
  });

  it("reads a circle's pairs against the circle's agreement: a to-do for who has not signed, no queue item once they have", async () => {
    const world = await circles(1, 2, 2);
    const { groupId, mentor, mentees } = await firstCircle(world);
    const [first, second] = mentees;
    await signGroupAgreement(mentor.actor, { groupId, version: 1 }, publishedAt);
    await signGroupAgreement(first!.actor, { groupId, version: 1 }, publishedAt);

    const later = new Date(publishedAt.getTime() + 20 * 24 * 60 * 60_000);
    const todo = (await dueThisWeek(second!.actor, later)).map((item) => [item.label, item.href]);
    expect(todo).toContainEqual(["Sign your circle's agreement", `/me/mentoring/groups/${groupId}`]);
    expect(todo.some(([label]) => label?.startsWith("Sign your agreement with"))).toBe(false);
    expect((await dueThisWeek(first!.actor, later)).some((item) => item.label.includes("agreement"))).toBe(false);

    // Twenty days on, only the pair whose mentee has not signed is waiting on an agreement.
    const { items } = await listCheckInQueue(world.coordinator, { programId: world.programId }, later);
    const unsigned = items.filter((item) => item.reasons.some((reason) => reason.code === "AGREEMENT_UNSIGNED"));
    expect(unsigned.map((item) => item.subject)).toEqual([{ kind: "pair", matchId: second!.pairId }]);
  });

  it("lets a mentee leave without ending the group for the others, once under 20 parallel calls; the last to leave ends it", async () => {
    const world = await circles(1, 3, 3);
    const { groupId, mentor, mentees } = await firstCircle(world);
    const [leaver, ...stayers] = mentees;
    const left = settledCounts(
      await Promise.allSettled(
        Array.from({ length: parallel }, () => leaveGroup(leaver!.actor, { groupId, reason: "I moved to a new team." })),
      ),
    );
    expect(left.ok).toBe(1);
    expect(await db.match.findUniqueOrThrow({ where: { id: leaver!.pairId } })).toMatchObject({
      status: "ENDED",
      endReason: "Left the group: I moved to a new team.",
    });
    expect(await db.mentoringGroup.findUniqueOrThrow({ where: { id: groupId } })).toMatchObject({ endedAt: null });
    expect(await db.match.count({ where: { groupId, status: "ACTIVE" } })).toBe(2);
    expect(await db.notification.count({ where: { userId: mentor.actor.id, subject: { contains: "left" } } })).toBe(1);
    // The leaver no longer sees the group; the others and the office do, with the reason.
    await expect(groupWorkspace(leaver!.actor, groupId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await groupWorkspace(stayers[0]!.actor, groupId)).members).toHaveLength(3);
    const office = await groupOfficeView(world.coordinator, world.programId, groupId);
    expect(office.mentees.find((m) => !m.inGroup)).toMatchObject({ leftReason: "Left the group: I moved to a new team." });
    // A mentor cannot leave as a mentee does.
    await expect(leaveGroup(mentor.actor, { groupId, reason: "Too busy." })).rejects.toMatchObject({ code: "CONFLICT" });

    await leaveGroup(stayers[0]!.actor, { groupId, reason: "Changing role." });
    expect(await leaveGroup(stayers[1]!.actor, { groupId, reason: "Got what I came for." })).toEqual({ groupEnded: true });
    expect((await db.mentoringGroup.findUniqueOrThrow({ where: { id: groupId } })).endedAt).not.toBeNull();
    // The last mentee still reads the ended group; nobody can change it.
    expect((await groupWorkspace(stayers[1]!.actor, groupId)).group.ended).toBe(true);
    await expect(signGroupAgreement(mentor.actor, { groupId, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets the coordinator end a group for everyone, and nobody else", async () => {
    const world = await circles(1, 2, 3);
    const { groupId, mentor } = await firstCircle(world);
    await expect(endGroup(mentor.actor, { groupId, reason: "Done." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ended = settledCounts(
      await Promise.allSettled(
        Array.from({ length: parallel }, () => endGroup(world.coordinator, { groupId, reason: "The programme is closing." })),
      ),
    );
    expect(ended.ok).toBe(1);
    expect(await db.match.count({ where: { groupId, status: "ACTIVE" } })).toBe(0);
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `group-ended:${groupId}` } } })).toBe(3);
  });
});
