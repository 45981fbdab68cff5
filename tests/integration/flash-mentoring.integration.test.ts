import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { jobHandlers } from "@/lib/jobs/registry";
import { createJobRunner } from "@/lib/jobs/runner";
import { loadProgramPairs } from "@/lib/matching/pairs";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { myMentoring } from "@/lib/mentoring/my-mentoring";
import { createProgram } from "@/lib/programs/programs";
import { logSession } from "@/lib/sessions/log-session";
import { logSessionSchema } from "@/lib/sessions/schemas";
import { answerPulse } from "@/lib/surveys/answer-pulse";
import { myPendingPulses } from "@/lib/surveys/my-pending-pulses";
import { createActor, createUser } from "../factories";

async function flashProgramme(roundsPerQuarter: number) {
  const coordinator = await createActor("COORDINATOR");
  const { id } = await createProgram(coordinator, {
    name: `Flash ${crypto.randomUUID().slice(0, 8)}`,
    type: "FLASH",
    purpose: "",
  });
  await db.program.update({ where: { id }, data: { status: "MATCHING", flashRoundsPerQuarter: roundsPerQuarter } });
  return { coordinator, programId: id };
}

async function person(programId: string, role: "MENTOR" | "MENTEE", level: number, skills: string[]) {
  const user = await createUser({ level });
  await db.profile.create({
    data: {
      userId: user.id,
      languages: ["English"],
      ...(role === "MENTOR" ? { skillsOffered: skills } : { skillsWanted: skills }),
    },
  });
  const participation = await db.participation.create({
    data: { programId, userId: user.id, role, status: "APPROVED", capacity: 1 },
  });
  const actor: Actor = { id: user.id, name: user.name, email: user.email, role: user.role };
  return { actor, participation };
}

/** Matches and publishes the next round at `at`; returns the new live pair. */
async function nextRound(coordinator: Actor, programId: string, at: Date) {
  const run = await runMatching(coordinator, { programId }, at);
  await publishRun(coordinator, { runId: run.runId }, at);
  return db.match.findFirstOrThrow({ where: { programId, status: "ACTIVE" } });
}

const log = (matchId: string, day: string) =>
  logSessionSchema.parse({
    matchId,
    day,
    startTime: "09:00",
    endTime: "09:45",
    format: "VIDEO",
    place: "https://meet.example.com/flash",
    goalIds: [],
    usefulness: 5,
    topic: "How to price a first contract",
    progress: "",
    difficulties: "",
    nextSteps: "",
  });

describe("flash mentoring", () => {
  it("completes on the logged session once under 20 parallel logs, asks both the two-question pulse, and puts the mentee back in the pool with someone new", async () => {
    const { coordinator, programId } = await flashProgramme(3);
    const mentee = await person(programId, "MENTEE", 3, ["Negotiation", "Pricing"]);
    const best = await person(programId, "MENTOR", 7, ["Negotiation", "Pricing"]);
    const next = await person(programId, "MENTOR", 7, ["Pricing"]);

    const first = await nextRound(coordinator, programId, new Date("2027-01-05T09:00:00Z"));
    expect(first.mentorId).toBe(best.participation.id);

    const loggedAt = new Date("2027-01-06T12:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, k) => logSession(k % 2 ? mentee.actor : best.actor, log(first.id, "2027-01-06"), loggedAt)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    expect(await db.mentoringSession.count({ where: { matchId: first.id } })).toBe(1);
    expect(await db.match.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "COMPLETED",
      endedAt: loggedAt,
    });
    const invites = await db.pulseInvite.findMany({ where: { matchId: first.id } });
    expect(invites.map((i) => i.round)).toEqual([0, 0]);
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `flash-complete:${first.id}:` } } })).toBe(2);

    // Both are asked two questions; the mentee answers on a completed pair.
    const [pending] = await myPendingPulses(mentee.actor, loggedAt);
    expect(pending).toMatchObject({ flash: true });
    await answerPulse(mentee.actor, { inviteId: pending!.id, satisfaction: 5, recommend: 9, comment: undefined }, loggedAt);
    const answer = await db.pulseAnswer.findFirstOrThrow({ where: { programId } });
    expect(answer).toMatchObject({ round: 0, satisfaction: 5, recommend: 9, progress: null, fit: null });
    await expect(
      answerPulse(best.actor, {
        inviteId: invites.find((i) => i.userId === best.actor.id)!.id,
        satisfaction: 1,
        progress: 1,
        fit: 1,
        recommend: 0,
        comment: undefined,
      }),
    ).rejects.toMatchObject({ status: 409 });

    const mine = await myMentoring(mentee.actor, loggedAt);
    expect(mine.matches[0]!.flash).toMatch(/Conversation complete on .* You are back in the pool/);

    // The next run pairs the mentee again, never with the same mentor, though that mentor scores best.
    const second = await nextRound(coordinator, programId, new Date("2027-01-10T09:00:00Z"));
    expect(second).toMatchObject({ menteeId: mentee.participation.id, mentorId: next.participation.id });
    const hub = (await loadProgramPairs(new Date("2027-01-10T10:00:00Z"), programId))[0]!;
    expect(hub.pairs.map((p) => [p.id, p.flashRound]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      [first.id, 1],
      [second.id, 2],
    ]);
  });

  it("completes by days through the job when no session is logged, and holds a mentee at the quarter's limit back with the reason", async () => {
    const { coordinator, programId } = await flashProgramme(2);
    const mentee = await person(programId, "MENTEE", 3, ["Pricing"]);
    const mentors = [
      await person(programId, "MENTOR", 7, ["Pricing"]),
      await person(programId, "MENTOR", 7, ["Pricing"]),
      await person(programId, "MENTOR", 7, ["Pricing"]),
    ];
    const first = await nextRound(coordinator, programId, new Date("2027-01-05T09:00:00Z"));
    await logSession(mentee.actor, log(first.id, "2027-01-06"), new Date("2027-01-06T12:00:00Z"));

    const second = await nextRound(coordinator, programId, new Date("2027-01-10T09:00:00Z"));
    const dayBefore = addDays(second.startedAt!, 29);
    await enqueueJobs([{ name: "flash.complete-overdue", runAt: dayBefore }]);
    await createJobRunner({ handlers: jobHandlers, now: () => dayBefore }).runOnce();
    expect((await db.match.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("ACTIVE");

    const due = addDays(second.startedAt!, 30);
    await enqueueJobs([
      { name: "flash.complete-overdue", runAt: due },
      { name: "flash.complete-overdue", runAt: due },
    ]);
    const runner = createJobRunner({ handlers: jobHandlers, now: () => due });
    while ((await runner.runOnce()).claimed > 0);
    expect(await db.match.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "COMPLETED", endedAt: due });
    expect(await db.pulseInvite.count({ where: { matchId: second.id, round: 0 } })).toBe(2);
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `flash-complete:${second.id}:` } } })).toBe(2);

    // Two conversations this quarter: the limit. The mentee sits the next run out, with why.
    const laterInQuarter = addDays(due, 1);
    await expect(runMatching(coordinator, { programId }, laterInQuarter)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("Has had 2 of 2 flash conversations this quarter; back in the pool from 1 Apr 2027"),
    });
    const mine = await myMentoring(mentee.actor, laterInQuarter);
    expect(mine.matches[0]!.flash).toMatch(/2 of 2 conversations this quarter; your next round can start from 1 Apr 2027/);

    // Next quarter: back in, with the one mentor not met yet.
    const third = await nextRound(coordinator, programId, new Date("2027-04-02T09:00:00Z"));
    const met = new Set([first.mentorId, second.mentorId]);
    expect(met.has(third.mentorId)).toBe(false);
    expect(mentors.map((m) => m.participation.id)).toContain(third.mentorId);
  });
});
