import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { answerFeedbackRound } from "@/lib/surveys/answer-feedback-round";
import { closeFeedbackRound } from "@/lib/surveys/close-feedback-round";
import { myOpenFeedbackRounds } from "@/lib/surveys/my-open-feedback-rounds";
import { myYouSaidWeDid } from "@/lib/surveys/my-you-said-we-did";
import { openFeedbackRound } from "@/lib/surveys/open-feedback-round";
import { programFeedbackRounds } from "@/lib/surveys/program-feedback-rounds";
import { recordFeedbackAction } from "@/lib/surveys/record-feedback-action";
import { remindFeedbackRounds } from "@/lib/surveys/remind-feedback-rounds";
import { answerFeedbackSchema, openFeedbackRoundSchema } from "@/lib/surveys/schemas";
import { actorOf, createActor, createParticipants, createParticipation, createProgram } from "../factories";
import { rowCounts } from "../support/tables";

const t0 = new Date("2026-10-05T09:00:00Z");
const day = (n: number) => addDays(t0, n);

/** A running programme with `mentors` approved mentors, one applicant mentor and two mentees. */
async function coreGroup(mentors = 6) {
  const program = await createProgram({ status: "ACTIVE", name: `Core ${randomUUID().slice(0, 6)}` });
  const people = await createParticipants(program.id, "MENTOR", mentors);
  const applicant = await actorOf((await createParticipation(program.id, "MENTOR", { status: "APPLIED" })).userId);
  const mentees = await createParticipants(program.id, "MENTEE", 2);
  return { program, mentors: people, applicant, mentees, coordinator: await createActor("COORDINATOR") };
}

const openInput = (programId: string, overrides: Partial<Record<string, string>> = {}) =>
  openFeedbackRoundSchema.parse({ programId, audience: "MENTORS", cadence: "MONTHLY", closesOn: isoDay(day(14)), ...overrides });

const answer = (inviteId: string, scores = { benefit: 4, experience: 4, usefulness: 4, resources: 3 }, text = {}) =>
  answerFeedbackSchema.parse({ inviteId, ...scores, benefitsText: "", suggestion: "", ...text });

async function inviteOf(roundId: string, actor: Actor) {
  return db.feedbackInvite.findUniqueOrThrow({ where: { roundId_userId: { roundId, userId: actor.id } } });
}

const tableCounts = () => rowCounts("feedbackRound", "feedbackInvite", "feedbackAnswer", "feedbackAction", "notification");

describe("opening a core-group feedback round", () => {
  it("asks every approved mentor once, in the inbox, however many identical opens race", async () => {
    const { program, mentors, applicant, mentees, coordinator } = await coreGroup(6);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => openFeedbackRound(coordinator, openInput(program.id), t0)),
    );
    const opened = results.filter((r) => r.status === "fulfilled");
    expect(opened).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect(refused.reason).toMatchObject({ status: 409 });
    }
    const round = await db.feedbackRound.findFirstOrThrow({ where: { programId: program.id } });
    expect(round).toMatchObject({ period: "2026-10", audience: "MENTORS", openedById: coordinator.id, closedAt: null });
    expect(round.closesAt).toEqual(new Date("2026-10-20T00:00:00Z"));
    const invited = await db.feedbackInvite.findMany({ where: { roundId: round.id }, select: { userId: true } });
    expect(invited.map((i) => i.userId).sort()).toEqual(mentors.map((m) => m.id).sort());
    expect(invited.map((i) => i.userId)).not.toContain(applicant.id);
    expect(invited.map((i) => i.userId)).not.toContain(mentees[0]!.id);

    const notes = await db.notification.findMany({ where: { kind: "SURVEY" } });
    expect(notes).toHaveLength(6);
    const first = notes.find((n) => n.userId === mentors[0]!.id)!;
    expect(first.link).toBe(`/me/feedback/${(await inviteOf(round.id, mentors[0]!)).id}`);
    expect(first.body).toContain("anonymous");

    expect(await myOpenFeedbackRounds(mentors[0]!, day(1))).toEqual([
      {
        inviteId: (await inviteOf(round.id, mentors[0]!)).id,
        programName: program.name,
        periodLabel: "October 2026",
        lastDay: new Date("2026-10-19T00:00:00Z"),
      },
    ]);
    expect(await myOpenFeedbackRounds(mentees[0]!, day(1))).toEqual([]);
  });

  it("refuses bad input with an error at the field and writes nothing", async () => {
    const { program, coordinator } = await coreGroup(5);
    const before = await tableCounts();
    for (const [closesOn, message] of [
      [isoDay(t0), "Pick a closing date after today."],
      [isoDay(day(-3)), "Pick a closing date after today."],
      [isoDay(day(90)), "Keep a round open for at most 60 days, so its answers describe one period."],
    ] as const) {
      await expect(openFeedbackRound(coordinator, openInput(program.id, { closesOn }), t0)).rejects.toMatchObject({
        status: 422,
        fieldErrors: { closesOn: [message] },
      });
    }
    const parsed = openFeedbackRoundSchema.safeParse({
      programId: program.id,
      audience: "EVERYONE",
      cadence: "DAILY",
      closesOn: "soon",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0]).sort()).toEqual(["audience", "cadence", "closesOn"]);

    const big = answerFeedbackSchema.safeParse({
      inviteId: "x",
      benefit: 4,
      experience: 4,
      usefulness: 4,
      resources: 4,
      suggestion: "x".repeat(1_000_000),
    });
    expect(big.success).toBe(false);
    expect(big.error!.issues[0]).toMatchObject({ path: ["suggestion"], message: "Keep the suggestion under 2,000 characters." });
    const blank = answerFeedbackSchema.safeParse({ inviteId: "x", benefit: "", experience: 4, usefulness: 4, resources: 4 });
    expect(blank.error!.issues[0]).toMatchObject({ path: ["benefit"], message: "Choose how much you have gained, from 1 to 5." });

    await expect(openFeedbackRound(coordinator, openInput("no-such-programme"), t0)).rejects.toMatchObject({ status: 404 });
    const draft = await createProgram({ status: "DRAFT" });
    await createParticipation(draft.id, "MENTOR");
    await expect(openFeedbackRound(coordinator, openInput(draft.id), t0)).rejects.toMatchObject({ status: 409 });
    const empty = await createProgram({ status: "ACTIVE" });
    await expect(openFeedbackRound(coordinator, openInput(empty.id), t0)).rejects.toThrow(
      "This programme has no approved mentors to ask.",
    );
    expect(await tableCounts()).toEqual(before);
  });

  it("keeps one round per audience and period, and never two open at once for the same people", async () => {
    const { program, coordinator } = await coreGroup(5);
    await openFeedbackRound(coordinator, openInput(program.id), t0);
    await expect(openFeedbackRound(coordinator, openInput(program.id, { cadence: "QUARTERLY" }), day(1))).rejects.toThrow(
      /Mentors are still answering the October 2026 round, which closes on 19 Oct 2026/,
    );
    // The mentees are a separate core group.
    await expect(openFeedbackRound(coordinator, openInput(program.id, { audience: "MENTEES" }), day(1))).resolves.toMatchObject({
      invited: 2,
    });
    // Once the round is over, a new period may start; the same period may not.
    await expect(openFeedbackRound(coordinator, openInput(program.id, { closesOn: "2026-10-30" }), day(20))).rejects.toThrow(
      "Mentors already have a round for October 2026 in this programme.",
    );
    await expect(
      openFeedbackRound(coordinator, openInput(program.id, { cadence: "QUARTERLY", closesOn: "2026-11-10" }), day(20)),
    ).resolves.toMatchObject({ invited: 5 });
  });

  it("is for the programme office only", async () => {
    const { program, mentors } = await coreGroup(5);
    for (const role of ["EMPLOYEE", "EXECUTIVE"] as const) {
      const actor = await createActor(role);
      await expect(openFeedbackRound(actor, openInput(program.id), t0)).rejects.toMatchObject({ status: 403 });
      await expect(programFeedbackRounds(actor, program.id, t0)).rejects.toMatchObject({ status: 403 });
    }
    await expect(openFeedbackRound(mentors[0]!, openInput(program.id), t0)).rejects.toMatchObject({ status: 403 });
    expect(await db.feedbackRound.count()).toBe(0);
  });
});

describe("answering a round", () => {
  it("stores exactly one answer from 20 identical parallel submissions; the others get 409", async () => {
    const { program, mentors, coordinator } = await coreGroup(5);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    const invite = await inviteOf(round.id, mentors[0]!);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => answerFeedbackRound(mentors[0]!, answer(invite.id), day(2))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ status: 409 });
    expect(await db.feedbackAnswer.count({ where: { roundId: round.id } })).toBe(1);
    expect((await inviteOf(round.id, mentors[0]!)).respondedAt).toEqual(day(2));
    expect(await myOpenFeedbackRounds(mentors[0]!, day(2))).toEqual([]);
  });

  it("refuses someone else's invite and a closed round, writing nothing", async () => {
    const { program, mentors, mentees, coordinator } = await coreGroup(5);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    const invite = await inviteOf(round.id, mentors[0]!);
    await expect(answerFeedbackRound(mentors[1]!, answer(invite.id), day(1))).rejects.toMatchObject({ status: 404 });
    await expect(answerFeedbackRound(mentees[0]!, answer(invite.id), day(1))).rejects.toMatchObject({ status: 404 });
    await expect(answerFeedbackRound(mentors[0]!, answer(invite.id), day(15))).rejects.toThrow("This feedback round has closed.");
    await closeFeedbackRound(coordinator, round.id, day(3));
    await expect(answerFeedbackRound(mentors[0]!, answer(invite.id), day(4))).rejects.toMatchObject({ status: 409 });
    expect(await db.feedbackAnswer.count()).toBe(0);
    expect((await inviteOf(round.id, mentors[0]!)).respondedAt).toBeNull();
  });
});

describe("results and anonymity", () => {
  it("stores no person, invite or time on an answer", async () => {
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'FeedbackAnswer' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name).sort()).toEqual(
      ["benefit", "benefitsText", "experience", "id", "resources", "roundId", "suggestion", "usefulness"].sort(),
    );
  });

  it("withholds results while the round is open, and when it closed with four answers", async () => {
    const { program, mentors, coordinator } = await coreGroup(6);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    for (const mentor of mentors.slice(0, 4)) {
      await answerFeedbackRound(
        mentor,
        answer((await inviteOf(round.id, mentor)).id, undefined, { suggestion: "More socials" }),
        day(1),
      );
    }
    const [open] = (await programFeedbackRounds(coordinator, program.id, day(2))).rounds;
    expect(open).toMatchObject({ open: true, invited: 6, answered: 4, withheld: "OPEN", summary: null, suggestions: [] });
    await answerFeedbackRound(mentors[4]!, answer((await inviteOf(round.id, mentors[4]!)).id), day(2));
    // Five answers, but still open: totals that move with each answer would give it away.
    const [stillOpen] = (await programFeedbackRounds(coordinator, program.id, day(3))).rounds;
    expect(stillOpen).toMatchObject({ answered: 5, withheld: "OPEN", summary: null });

    const other = await coreGroup(6);
    const small = await openFeedbackRound(other.coordinator, openInput(other.program.id), t0);
    for (const mentor of other.mentors.slice(0, 4)) {
      await answerFeedbackRound(
        mentor,
        answer((await inviteOf(small.id, mentor)).id, undefined, { benefitsText: "Clarity" }),
        day(1),
      );
    }
    const [closedSmall] = (await programFeedbackRounds(other.coordinator, other.program.id, day(30))).rounds;
    expect(closedSmall).toMatchObject({
      open: false,
      answered: 4,
      withheld: "TOO_FEW",
      summary: null,
      benefits: [],
      suggestions: [],
      closingDay: new Date("2026-10-19T00:00:00Z"),
    });
  });

  it("shows totals and unnamed comments once a closed round has five answers, and no one's answer on its own", async () => {
    const { program, mentors, coordinator } = await coreGroup(6);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    const scores = [
      { benefit: 5, experience: 4, usefulness: 4, resources: 2 },
      { benefit: 4, experience: 4, usefulness: 3, resources: 2 },
      { benefit: 4, experience: 5, usefulness: 4, resources: 3 },
      { benefit: 3, experience: 3, usefulness: 4, resources: 1 },
      { benefit: 4, experience: 4, usefulness: 5, resources: 2 },
    ];
    for (const [k, mentor] of mentors.slice(0, 5).entries()) {
      await answerFeedbackRound(
        mentor,
        answer(
          (await inviteOf(round.id, mentor)).id,
          scores[k],
          k === 1
            ? { suggestion: "Templates, please", benefitsText: "A wider network" }
            : k === 3
              ? { suggestion: "A kick-off event" }
              : {},
        ),
        day(1 + k),
      );
    }
    await closeFeedbackRound(coordinator, round.id, day(8));
    const { rounds } = await programFeedbackRounds(coordinator, program.id, day(9));
    const [closed] = rounds;
    expect(closed).toMatchObject({ open: false, answered: 5, invited: 6, withheld: null, closingDay: day(8) });
    expect(closed!.summary!.benefit.mean).toBeCloseTo(4);
    expect(closed!.summary!.resources.distribution).toEqual([
      { value: 1, count: 1 },
      { value: 2, count: 3 },
      { value: 3, count: 1 },
      { value: 4, count: 0 },
      { value: 5, count: 0 },
    ]);
    expect(closed!.suggestions).toEqual(["A kick-off event", "Templates, please"]);
    expect(closed!.benefits).toEqual(["A wider network"]);
    expect(JSON.stringify(rounds)).not.toMatch(new RegExp(mentors.map((m) => m.id).join("|")));
  });

  it("closes once, however many closes race", async () => {
    const { program, coordinator } = await coreGroup(5);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => closeFeedbackRound(coordinator, round.id, day(5))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ status: 409 });
    expect((await db.feedbackRound.findUniqueOrThrow({ where: { id: round.id } })).closedAt).toEqual(day(5));
  });
});

describe("you said, we did", () => {
  it("is posted once on a closed round and shown to that round's core group only", async () => {
    const { program, mentors, mentees, coordinator } = await coreGroup(5);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    const input = {
      roundId: round.id,
      requestKey: randomUUID(),
      youSaid: "Too few resources.",
      weDid: "We wrote a first-session guide.",
    };
    await expect(recordFeedbackAction(coordinator, input, day(2))).rejects.toMatchObject({ status: 409 });
    const results = await Promise.all(Array.from({ length: 20 }, () => recordFeedbackAction(coordinator, input, day(20))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.feedbackAction.count()).toBe(1);

    const seen = await myYouSaidWeDid(mentors[2]!);
    expect(seen).toEqual([
      expect.objectContaining({
        programName: program.name,
        periodLabel: "October 2026",
        youSaid: "Too few resources.",
        weDid: "We wrote a first-session guide.",
      }),
    ]);
    expect(await myYouSaidWeDid(mentees[0]!)).toEqual([]);
    const stranger = await coreGroup(5);
    expect(await myYouSaidWeDid(stranger.mentors[0]!)).toEqual([]);
    await expect(recordFeedbackAction(mentors[0]!, { ...input, requestKey: randomUUID() }, day(20))).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("reminders", () => {
  it("reminds those who have not answered, once, three days before the round closes", async () => {
    const { program, mentors, coordinator } = await coreGroup(5);
    const round = await openFeedbackRound(coordinator, openInput(program.id), t0);
    await answerFeedbackRound(mentors[0]!, answer((await inviteOf(round.id, mentors[0]!)).id), day(1));
    expect(await remindFeedbackRounds(day(10))).toEqual({ reminded: 0 });
    const runs = await Promise.all(Array.from({ length: 5 }, () => remindFeedbackRounds(day(12))));
    expect(runs.reduce((sum, run) => sum + run.reminded, 0)).toBe(4);
    await remindFeedbackRounds(day(13));
    const reminders = await db.notification.findMany({ where: { dedupeKey: { startsWith: "feedback-reminder:" } } });
    expect(reminders.map((r) => r.userId).sort()).toEqual(
      mentors
        .slice(1)
        .map((m) => m.id)
        .sort(),
    );
    expect(reminders[0]!.subject).toBe(`${program.name}: your feedback closes on 19 Oct 2026`);
    expect(await remindFeedbackRounds(day(16))).toEqual({ reminded: 0 });
  });
});
