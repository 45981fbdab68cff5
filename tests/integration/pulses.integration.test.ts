import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { listCheckInQueue } from "@/lib/checkins/list-queue";
import { db } from "@/lib/db/client";
import { myMentoring } from "@/lib/mentoring/my-mentoring";
import { answerPulse } from "@/lib/surveys/answer-pulse";
import { myPendingPulses } from "@/lib/surveys/my-pending-pulses";
import { pulseResults } from "@/lib/surveys/pulse-results";
import { answerPulseSchema } from "@/lib/surveys/schemas";
import { sendDuePulses } from "@/lib/surveys/send-due-pulses";
import { actorOf, createActor, createLivePair, createUser } from "../factories";

const t0 = new Date("2026-03-02T09:00:00Z");
const day = (n: number) => addDays(t0, n);

/** A live pair that started at t0 with a signed agreement and a session, so only pulses can raise it. */
async function livePair(programId: string, name: string) {
  const [mentorUser, menteeUser] = [await createUser({ name: `${name} Mentor` }), await createUser({ name: `${name} Mentee` })];
  const { match } = await createLivePair(programId, {
    mentorUserId: mentorUser.id,
    menteeUserId: menteeUser.id,
    startedAt: t0,
  });
  await db.agreement.create({ data: { matchId: match.id, createdAt: t0, mentorSignedAt: t0, menteeSignedAt: t0 } });
  return { match, mentor: await actorOf(mentorUser.id), mentee: await actorOf(menteeUser.id) };
}

async function programme(name = "North") {
  return db.program.create({ data: { slug: `${name}-${randomUUID()}`, name: `${name} Circle`, status: "ACTIVE" } });
}

async function inviteOf(actor: Actor, round = 30) {
  return db.pulseInvite.findFirstOrThrow({ where: { userId: actor.id, round } });
}

const answers = (inviteId: string, scores: { satisfaction: number; progress: number; fit: number; recommend: number }) =>
  answerPulseSchema.parse({ inviteId, ...scores, comment: "" });

const good = { satisfaction: 4, progress: 4, fit: 5, recommend: 9 };
const low = { satisfaction: 4, progress: 2, fit: 4, recommend: 7 };

describe("sending pulses", () => {
  it("asks both people once per round, however often and concurrently it runs, and tells them in the inbox", async () => {
    const program = await programme();
    const { match, mentor, mentee } = await livePair(program.id, "North");

    expect(await sendDuePulses(day(29))).toEqual({ invited: 0 });
    const runs = await Promise.all(Array.from({ length: 5 }, () => sendDuePulses(day(31))));
    expect(runs.reduce((sum, run) => sum + run.invited, 0)).toBe(2);
    await sendDuePulses(day(32));
    const invites = await db.pulseInvite.findMany({ orderBy: { side: "asc" } });
    expect(invites.map((i) => [i.userId, i.side, i.round, i.dueAt])).toEqual([
      [mentor.id, "MENTOR", 30, day(30)],
      [mentee.id, "MENTEE", 30, day(30)],
    ]);
    const notifications = await db.notification.findMany({ where: { kind: "SURVEY" } });
    expect(notifications).toHaveLength(2);
    const menteeNote = notifications.find((n) => n.userId === mentee.id)!;
    expect(menteeNote.link).toBe(`/me/pulses/${(await inviteOf(mentee)).id}`);
    expect(menteeNote.subject).toBe("How is your mentoring with North Mentor going?");

    const pending = await myPendingPulses(mentee, day(32));
    expect(pending).toEqual([
      {
        id: (await inviteOf(mentee)).id,
        round: 30,
        dueAt: day(30),
        programName: "North Circle",
        partnerName: "North Mentor",
        flash: false,
      },
    ]);
    expect((await myMentoring(mentee, day(32))).pendingPulses).toEqual(pending);

    await sendDuePulses(day(91));
    expect(await db.pulseInvite.count({ where: { matchId: match.id, round: 90 } })).toBe(2);
    expect(await db.pulseInvite.count()).toBe(4);
  });
});

describe("answering a pulse", () => {
  it("stores exactly one answer from 20 identical parallel submissions; the others get 409", async () => {
    const program = await programme();
    const { mentee } = await livePair(program.id, "North");
    await sendDuePulses(day(30));
    const invite = await inviteOf(mentee);
    const input = answers(invite.id, good);

    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => answerPulse(mentee, input, day(31))));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409 });
    expect(await db.pulseAnswer.count()).toBe(1);
    expect((await db.pulseInvite.findUniqueOrThrow({ where: { id: invite.id } })).respondedAt).toEqual(day(31));
    expect(await myPendingPulses(mentee, day(32))).toEqual([]);
  });

  it("puts the pair on the check-in queue exactly once for a low round, whichever side answers low", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await programme();
    const { match, mentor, mentee } = await livePair(program.id, "North");
    await db.mentoringSession.create({ data: { matchId: match.id, occurredAt: day(29), durationMinutes: 45 } });
    await sendDuePulses(day(30));

    await answerPulse(mentor, answers((await inviteOf(mentor)).id, good), day(31));
    expect((await listCheckInQueue(coordinator, { programId: program.id }, day(32))).items).toEqual([]);

    // The same low answer submitted twice at once: one gets through, the other is refused and raises nothing more.
    const inviteId = (await inviteOf(mentee)).id;
    const both = await Promise.allSettled([
      answerPulse(mentee, answers(inviteId, low), day(33)),
      answerPulse(mentee, answers(inviteId, low), day(33)),
    ]);
    expect(both.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const queue = await listCheckInQueue(coordinator, { programId: program.id }, day(34));
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]!.subject).toEqual({ kind: "pair", matchId: match.id });
    expect(queue.items[0]!.reasons).toEqual([
      { code: "LOW_PULSE", text: "A low pulse at 30 days: pairing needs attention", since: day(33) },
    ]);
    // What the coordinator reads says nothing of the answers themselves.
    expect(JSON.stringify(queue)).not.toMatch(/progress|satisf|"2"/i);
    expect(await db.queueSignal.count()).toBe(1);
  });

  it("uses the programme's threshold: with 3, a 3 is low", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await programme();
    await db.checkInPolicy.create({ data: { programId: program.id, lowPulseThreshold: 3 } });
    const { match, mentee } = await livePair(program.id, "North");
    await db.mentoringSession.create({ data: { matchId: match.id, occurredAt: day(29), durationMinutes: 45 } });
    await sendDuePulses(day(30));
    await answerPulse(mentee, answers((await inviteOf(mentee)).id, { ...good, fit: 3 }), day(31));
    const queue = await listCheckInQueue(coordinator, { programId: program.id }, day(32));
    expect(queue.items.map((i) => i.reasons[0]!.code)).toEqual(["LOW_PULSE"]);
  });

  it("refuses someone outside the pair, and the partner, writing nothing", async () => {
    const program = await programme();
    const { mentor, mentee } = await livePair(program.id, "North");
    const outsider = await createActor("EMPLOYEE");
    const coordinator = await createActor("COORDINATOR");
    await sendDuePulses(day(30));
    const input = answers((await inviteOf(mentee)).id, low);

    for (const caller of [outsider, mentor, coordinator]) {
      await expect(answerPulse(caller, input, day(31))).rejects.toMatchObject({ status: 404 });
    }
    expect(await db.pulseAnswer.count()).toBe(0);
    expect(await db.queueSignal.count()).toBe(0);
    expect((await inviteOf(mentee)).respondedAt).toBeNull();
  });

  it("closes the pulse of a pair that has ended", async () => {
    const program = await programme();
    const { match, mentee } = await livePair(program.id, "North");
    await sendDuePulses(day(30));
    await db.match.update({ where: { id: match.id }, data: { status: "ENDED", endedAt: day(31) } });
    await expect(answerPulse(mentee, answers((await inviteOf(mentee)).id, good), day(32))).rejects.toMatchObject({
      status: 409,
    });
    expect(await db.pulseAnswer.count()).toBe(0);
  });
});

describe("pulse anonymity", () => {
  it("stores no person, pair or time on an answer", async () => {
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'PulseAnswer' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ["comment", "fit", "id", "programId", "progress", "recommend", "round", "satisfaction", "side"].sort(),
    );
  });

  it("shows programme results only from five answers on, and never an individual's", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await programme();
    const pairs = [];
    for (const name of ["A", "B", "C"]) pairs.push(await livePair(program.id, name));
    await sendDuePulses(day(30));
    const people = pairs.flatMap((p) => [p.mentor, p.mentee]);

    for (const person of people.slice(0, 4)) {
      await answerPulse(person, answers((await inviteOf(person)).id, good), day(31));
    }
    const early = await pulseResults(coordinator, program.id);
    expect(early).toEqual({
      invited: 6,
      answered: 4,
      responseRate: 4 / 6,
      minimum: 5,
      summary: null,
      comments: [],
      flash: null,
    });

    await answerPulse(
      people[4]!,
      answerPulseSchema.parse({ inviteId: (await inviteOf(people[4]!)).id, ...low, comment: "More structure, please." }),
      day(31),
    );
    const results = await pulseResults(coordinator, program.id);
    expect(results.answered).toBe(5);
    expect(results.summary!.progress.mean).toBeCloseTo((4 * 4 + 2) / 5);
    expect(results.summary!.progress.distribution.find((d) => d.value === 2)!.count).toBe(1);
    expect(results.comments).toEqual(["More structure, please."]);
    expect(JSON.stringify(results)).not.toMatch(new RegExp(people.map((p) => p.id).join("|")));

    const employee = await createActor("EMPLOYEE");
    await expect(pulseResults(employee, program.id)).rejects.toMatchObject({ status: 403 });
  });

  it("keeps the two-question flash pulses apart, from five answers on", async () => {
    const coordinator = await createActor("COORDINATOR");
    const program = await programme("Flash");
    const people: Actor[] = [];
    for (const name of ["F", "G", "H"]) {
      const pair = await livePair(program.id, name);
      await db.match.update({ where: { id: pair.match.id }, data: { status: "COMPLETED", endedAt: day(7) } });
      for (const [person, side] of [
        [pair.mentor, "MENTOR"],
        [pair.mentee, "MENTEE"],
      ] as const) {
        await db.pulseInvite.create({
          data: { programId: program.id, matchId: pair.match.id, userId: person.id, side, round: 0, dueAt: day(7) },
        });
        people.push(person);
      }
    }
    const answerFlash = async (person: Actor, satisfaction: number, recommend: number, comment?: string) =>
      answerPulse(person, { inviteId: (await inviteOf(person, 0)).id, satisfaction, recommend, comment }, day(8));

    for (const person of people.slice(0, 4)) await answerFlash(person, 5, 10);
    const early = await pulseResults(coordinator, program.id);
    expect(early).toMatchObject({ invited: 0, answered: 0, summary: null });
    expect(early.flash).toEqual({ invited: 6, answered: 4, responseRate: 4 / 6, summary: null, comments: [] });

    await answerFlash(people[4]!, 2, 3, "Too short to get anywhere.");
    const { flash } = await pulseResults(coordinator, program.id);
    expect(flash!.answered).toBe(5);
    expect(flash!.summary!.satisfaction.mean).toBeCloseTo((4 * 5 + 2) / 5);
    // Four promoters and one detractor of five.
    expect(flash!.summary!.netPromoterScore).toBe(60);
    expect(flash!.comments).toEqual(["Too short to get anywhere."]);
    expect(JSON.stringify(flash)).not.toMatch(new RegExp(people.map((p) => p.id).join("|")));
  });
});
