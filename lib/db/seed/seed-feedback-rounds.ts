import { addDays } from "date-fns";
import type { Actor } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { answerFeedbackRound } from "@/lib/surveys/answer-feedback-round";
import { openFeedbackRound } from "@/lib/surveys/open-feedback-round";
import { recordFeedbackAction } from "@/lib/surveys/record-feedback-action";
import type { FeedbackScores } from "@/lib/surveys/feedback-rules";
import { leadershipProgram } from "@/lib/db/seed/programs";

type DemoAnswer = { person: string; scores: FeedbackScores; benefitsText?: string; suggestion?: string };

const mentorRound: DemoAnswer[] = [
  {
    person: "Daniel Reyes",
    scores: { benefit: 4, experience: 4, usefulness: 4, resources: 3 },
    benefitsText: "I understand how the product teams plan their quarters now.",
    suggestion: "A short guide on running the first session would have helped.",
  },
  { person: "Sofia Rossi", scores: { benefit: 5, experience: 5, usefulness: 4, resources: 4 } },
  {
    person: "Grace Kim",
    scores: { benefit: 4, experience: 3, usefulness: 4, resources: 2 },
    suggestion: "Templates for goal-setting, please: we each invented our own.",
  },
  { person: "Robert Hughes", scores: { benefit: 3, experience: 4, usefulness: 3, resources: 3 } },
  {
    person: "Charlotte Evans",
    scores: { benefit: 5, experience: 4, usefulness: 5, resources: 3 },
    benefitsText: "Coaching my mentee has made me a better listener with my own team.",
  },
  { person: "Henrik Berg", scores: { benefit: 4, experience: 4, usefulness: 4, resources: 2 } },
  { person: "Aisha Bello", scores: { benefit: 4, experience: 5, usefulness: 4, resources: 3 } },
];

const menteeRound: DemoAnswer[] = [
  { person: "Priya Nair", scores: { benefit: 4, experience: 4, usefulness: 5, resources: 4 } },
  { person: "Samuel Adeyemi", scores: { benefit: 5, experience: 4, usefulness: 4, resources: 4 } },
  { person: "Zara Ahmed", scores: { benefit: 3, experience: 4, usefulness: 3, resources: 4 } },
];

/**
 * Demo core-group feedback in the Leadership Accelerator, through the same functions coordinators
 * and participants use: a quarterly round for the mentors that closed a month ago with seven
 * answers and a "you said, we did", and a monthly round for the mentees that is open now with
 * three answers, so its results are still withheld. Skipped when the programme has rounds already.
 */
export async function seedFeedbackRounds(db: PrismaClient, now: Date): Promise<void> {
  const program = await db.program.findUnique({
    where: { slug: leadershipProgram.slug },
    select: { id: true, _count: { select: { feedbackRounds: true } } },
  });
  const coordinator = await db.user.findFirst({
    where: { role: "COORDINATOR", name: "Amara Okafor" },
    select: { id: true, name: true, email: true, role: true },
  });
  if (!program || !coordinator || program._count.feedbackRounds > 0) return;

  const mentorsOpened = addDays(now, -50);
  const mentors = await openFeedbackRound(
    coordinator,
    { programId: program.id, audience: "MENTORS", cadence: "QUARTERLY", closesOn: isoDay(addDays(mentorsOpened, 14)) },
    mentorsOpened,
  );
  await answerAll(db, mentors.id, mentorRound, mentorsOpened);
  await recordFeedbackAction(
    coordinator,
    {
      roundId: mentors.id,
      requestKey: "5eed0000-0000-4000-8000-0000000000f1",
      youSaid: "You wanted help with first sessions and a shared way to set goals.",
      weDid: "We added a first-session guide and a goal-setting template to the programme's resources.",
    },
    addDays(mentorsOpened, 17),
  );

  const menteesOpened = addDays(now, -3);
  const mentees = await openFeedbackRound(
    coordinator,
    { programId: program.id, audience: "MENTEES", cadence: "MONTHLY", closesOn: isoDay(addDays(menteesOpened, 14)) },
    menteesOpened,
  );
  await answerAll(db, mentees.id, menteeRound, menteesOpened);
}

async function answerAll(db: PrismaClient, roundId: string, answers: DemoAnswer[], openedAt: Date): Promise<void> {
  for (const [k, answer] of answers.entries()) {
    const invite = await db.feedbackInvite.findFirst({
      where: { roundId, user: { name: answer.person } },
      select: { id: true, user: { select: { id: true, name: true, email: true, role: true } } },
    });
    if (!invite) continue;
    const actor: Actor = invite.user;
    await answerFeedbackRound(
      actor,
      { inviteId: invite.id, ...answer.scores, benefitsText: answer.benefitsText, suggestion: answer.suggestion },
      addDays(openedAt, 1 + (k % 3)),
    );
  }
}
