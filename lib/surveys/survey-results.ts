import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { SurveyAudience, SurveyQuestionKind, SurveyStatus } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { minimumGroupSize } from "@/lib/kpi/health";
import { describeSchedule, fullBatches, summariseQuestion, type QuestionResult } from "@/lib/surveys/survey-rules";

export interface SurveyResults {
  id: string;
  programId: string;
  title: string;
  intro: string;
  anonymous: boolean;
  audience: SurveyAudience;
  status: SurveyStatus;
  /** "Closed on 3 March 2026", "Sending since …" or "Draft". */
  when: string;
  schedule: string;
  openDays: number;
  launchedAt: Date | null;
  closedAt: Date | null;
  invited: number;
  answered: number;
  responseRate: number | null;
  minimum: number;
  /** How many answers the results below are drawn from. */
  shown: number;
  questions: { id: string; prompt: string; kind: SurveyQuestionKind; required: boolean; result: QuestionResult | null }[];
}

/**
 * A survey's results for the programme office. Anonymous surveys show answers only in full groups
 * of five (so totals never move by one person's answer), free text without names and in
 * alphabetical order; named surveys show every answer, with text under the person's name.
 */
export async function surveyResults(actor: Actor, surveyId: string): Promise<SurveyResults> {
  requirePermission(actor, "checkins:read");
  return resultsOf(await findProgramSurvey(surveyId));
}

/** What the programme office's survey page reads of a survey, for its results or its draft. */
const surveyFields = {
  id: true,
  programId: true,
  title: true,
  intro: true,
  anonymous: true,
  audience: true,
  status: true,
  trigger: true,
  offsetDays: true,
  sendOn: true,
  openDays: true,
  template: true,
  launchedAt: true,
  closedAt: true,
  questions: {
    orderBy: { position: "asc" },
    select: { id: true, prompt: true, kind: true, required: true, options: true },
  },
  _count: { select: { invites: true, responses: true } },
} as const;

type ProgramSurvey = NonNullable<Awaited<ReturnType<typeof findSurvey>>>;

function findSurvey(surveyId: string) {
  // A 360 belongs to the mentee who asked for it: the programme office never reads its answers.
  return db.survey.findUnique({ where: { id: surveyId, kind: "PROGRAMME" }, select: surveyFields });
}

/** A programme survey (never a 360), or NOT_FOUND; the caller has checked the permission. */
export async function findProgramSurvey(surveyId: string): Promise<ProgramSurvey> {
  const survey = await findSurvey(surveyId);
  if (!survey) throw new AppError("NOT_FOUND", "That survey does not exist.");
  return survey;
}

/** The results of a survey already read with `findProgramSurvey`. */
export async function resultsOf(survey: ProgramSurvey): Promise<SurveyResults> {
  const invited = survey._count.invites;
  const answered = survey._count.responses;
  const batches = fullBatches(answered);
  const shown = survey.anonymous ? batches * minimumGroupSize : answered;
  const answers =
    shown === 0
      ? []
      : await db.surveyAnswer.findMany({
          where: {
            response: { surveyId: survey.id, ...(survey.anonymous ? { batch: { lt: batches } } : {}) },
          },
          select: {
            questionId: true,
            number: true,
            choices: true,
            text: true,
            response: { select: { respondent: { select: { name: true } } } },
          },
        });
  const byQuestion = new Map<string, { number: number | null; choices: string[]; text: string | null; by: string | null }[]>();
  for (const answer of answers) {
    const list = byQuestion.get(answer.questionId) ?? [];
    list.push({
      number: answer.number,
      choices: answer.choices,
      text: answer.text,
      by: survey.anonymous ? null : (answer.response.respondent?.name ?? "A former employee"),
    });
    byQuestion.set(answer.questionId, list);
  }
  for (const list of byQuestion.values()) {
    list.sort((a, b) => (a.by ?? "").localeCompare(b.by ?? "") || (a.text ?? "").localeCompare(b.text ?? ""));
  }
  return {
    id: survey.id,
    programId: survey.programId,
    title: survey.title,
    intro: survey.intro,
    anonymous: survey.anonymous,
    audience: survey.audience,
    status: survey.status,
    when:
      survey.status === "CLOSED"
        ? `Closed on ${formatDate(survey.closedAt)}`
        : survey.status === "LIVE"
          ? `Sending since ${formatDate(survey.launchedAt)}`
          : "Draft",
    schedule: describeSchedule(survey),
    openDays: survey.openDays,
    launchedAt: survey.launchedAt,
    closedAt: survey.closedAt,
    invited,
    answered,
    responseRate: invited > 0 ? answered / invited : null,
    minimum: minimumGroupSize,
    shown,
    questions: survey.questions.map((question) => ({
      id: question.id,
      prompt: question.prompt,
      kind: question.kind,
      required: question.required,
      result: shown === 0 ? null : summariseQuestion(question, byQuestion.get(question.id) ?? []),
    })),
  };
}
