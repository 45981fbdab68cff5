import { addDays } from "date-fns";
import type { Actor } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { leadershipProgram } from "@/lib/db/seed/programs";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { saveSurvey } from "@/lib/surveys/save-survey";
import { saveSurveySchema } from "@/lib/surveys/schemas";
import { surveyTemplate } from "@/lib/surveys/survey-templates";

/** Answers to "Mentees rate their mentoring": four 1–5 statements, what the mentor helped with, a comment. */
const menteeAnswers: { person: string; scales: [number, number, number, number]; helped: string[]; comment?: string }[] = [
  { person: "Priya Nair", scales: [5, 5, 4, 5], helped: ["Career direction", "Confidence"] },
  {
    person: "Jonas Weber",
    scales: [3, 4, 4, 4],
    helped: ["A specific skill"],
    comment: "More time between sessions to try things out before we talk again.",
  },
  { person: "Samuel Adeyemi", scales: [4, 5, 5, 4], helped: ["Career direction", "Finding my way around the organisation"] },
  {
    person: "Nadia Petrova",
    scales: [2, 4, 3, 3],
    helped: ["Confidence"],
    comment: "Sessions get moved often; a fixed slot would help.",
  },
  { person: "Lucas Moreau", scales: [4, 4, 4, 5], helped: ["A specific skill", "Work–life balance"] },
  { person: "Theo Jansen", scales: [5, 4, 4, 4], helped: ["Finding my way around the organisation"] },
  {
    person: "Zara Ahmed",
    scales: [4, 5, 4, 4],
    helped: ["Career direction"],
    comment: "Introductions to people in other teams.",
  },
];

/**
 * Demo surveys in the Leadership Accelerator, through the same functions coordinators and mentees
 * use: "Mentees rate their mentoring" sent eight days ago with seven anonymous answers (so the
 * first group of five shows and two wait for their group), and the end-of-programme reaction
 * survey kept as a draft. Skipped when the programme has surveys already.
 */
export async function seedSurveys(db: PrismaClient, now: Date): Promise<void> {
  const program = await db.program.findUnique({
    where: { slug: leadershipProgram.slug },
    select: { id: true, _count: { select: { surveys: true } } },
  });
  const coordinator = await db.user.findFirst({
    where: { role: "COORDINATOR", name: "Amara Okafor" },
    select: { id: true, name: true, email: true, role: true },
  });
  const review = surveyTemplate("mentor-review");
  const reaction = surveyTemplate("reaction");
  if (!program || !coordinator || !review || !reaction || program._count.surveys > 0) return;

  const sentAt = addDays(now, -8);
  const { id } = await saveSurvey(
    coordinator,
    saveSurveySchema.parse({
      ...review.values,
      template: review.key,
      programId: program.id,
      requestKey: "5eed0000-0000-4000-8000-0000000005a1",
      trigger: "ON_DATE",
      sendOn: isoDay(sentAt),
      openDays: 21,
      launch: true,
    }),
    sentAt,
  );
  const questions = await db.surveyQuestion.findMany({
    where: { surveyId: id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  for (const [k, answer] of menteeAnswers.entries()) {
    const invite = await db.surveyInvite.findFirst({
      where: { surveyId: id, user: { name: answer.person } },
      select: { id: true, user: { select: { id: true, name: true, email: true, role: true } } },
    });
    if (!invite) continue;
    const actor: Actor = invite.user;
    const values = [...answer.scales.map(String), answer.helped, answer.comment ?? ""];
    await answerSurvey(
      actor,
      { inviteId: invite.id, answers: Object.fromEntries(questions.map((q, i) => [q.id, values[i]!])), shareWithSubject: false },
      addDays(sentAt, 1 + (k % 4)),
    );
  }

  await saveSurvey(
    coordinator,
    saveSurveySchema.parse({
      ...reaction.values,
      template: reaction.key,
      programId: program.id,
      requestKey: "5eed0000-0000-4000-8000-0000000005a2",
      launch: false,
    }),
    addDays(now, -2),
  );
}
