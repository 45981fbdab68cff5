import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { minimumGroupSize } from "@/lib/kpi/health";
import { minimumRaters } from "@/lib/surveys/three-sixty-rules";

/**
 * What participants said, as the KPI matrix reads it: pulse answers, the reaction and skills
 * surveys, 360 feedback and the pairs' own goals, each reduced to a mean and a count by the
 * database. Anonymous answers count only in whole groups (of five, or of three among a 360's
 * colleagues), the same rule the results pages follow, so no figure moves by one answer.
 */
export interface FeedbackFigures {
  pulseSatisfaction: { mean: number | null; answers: number };
  /** `surveys`: reaction surveys sent, answered or not. */
  reaction: { mean: number | null; respondents: number; surveys: number };
  skills: SkillsChange;
  threeSixty: ThreeSixtyChange;
  goals: { done: number; decided: number; open: number };
}

export interface SkillsChange {
  /** Scale questions asked in both the "before" and the "after" surveys, by prompt. */
  sharedQuestions: number;
  before: { mean: number | null; respondents: number };
  after: { mean: number | null; respondents: number };
}

export interface ThreeSixtyChange {
  /** Mentees whose start and end rounds each have a whole group of colleague answers. */
  mentees: number;
  meanStart: number | null;
  meanEnd: number | null;
  /** The mean over mentees of (end − start). */
  meanChange: number | null;
}

interface ScaleMean {
  mean: number | null;
  respondents: number;
}

/** Scale answers of responses that may be shown: a named survey's all, an anonymous one's whole groups only. */
const shownResponses = (surveyFilter: Prisma.Sql, groupSize: number) => Prisma.sql`
  WITH counted AS (
    SELECT r.id, r."surveyId", r.batch, s.anonymous, r."raterRole",
           count(*) OVER (PARTITION BY r."surveyId", r."raterRole") AS answered
    FROM "SurveyResponse" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE ${surveyFilter}
  ), shown AS (
    SELECT * FROM counted WHERE NOT anonymous OR batch < floor(answered / ${groupSize}::int)
  )`;

export async function loadFeedbackFigures(programIds: string[]): Promise<FeedbackFigures> {
  const [pulse, reaction, skills, threeSixty, goals] = await Promise.all([
    db.pulseAnswer.aggregate({
      where: { programId: { in: programIds } },
      _avg: { satisfaction: true },
      _count: { satisfaction: true },
    }),
    reactionMean(programIds),
    skillsChange(programIds),
    threeSixtyChange(programIds),
    db.pairGoal.groupBy({
      by: ["status"],
      where: { match: { programId: { in: programIds } } },
      _count: { _all: true },
    }),
  ]);
  const goalCount = (status: string) => goals.find((g) => g.status === status)?._count._all ?? 0;
  return {
    pulseSatisfaction: { mean: pulse._avg.satisfaction, answers: pulse._count.satisfaction },
    reaction,
    skills,
    threeSixty,
    goals: {
      done: goalCount("DONE"),
      decided: goalCount("DONE") + goalCount("DROPPED"),
      open: goalCount("NOT_STARTED") + goalCount("ON_TRACK") + goalCount("AT_RISK"),
    },
  };
}

async function reactionMean(programIds: string[]): Promise<FeedbackFigures["reaction"]> {
  const [row] = await db.$queryRaw<{ mean: number | null; respondents: number; surveys: number }[]>`
    ${shownResponses(Prisma.sql`s."programId" = ANY(${programIds}::text[]) AND s.template = 'reaction' AND s.kind = 'PROGRAMME'`, minimumGroupSize)}
     SELECT avg(a.number)::float AS mean, count(DISTINCT shown.id)::int AS respondents,
            (SELECT count(*)::int FROM "Survey" sent
             WHERE sent."programId" = ANY(${programIds}::text[]) AND sent.template = 'reaction' AND sent."launchedAt" IS NOT NULL) AS surveys
     FROM shown JOIN "SurveyAnswer" a ON a."responseId" = shown.id JOIN "SurveyQuestion" q ON q.id = a."questionId"
     WHERE q.kind = 'SCALE' AND a.number IS NOT NULL`;
  return row ?? { mean: null, respondents: 0, surveys: 0 };
}

async function skillsChange(programIds: string[]): Promise<SkillsChange> {
  // Only the questions both halves asked: a coordinator may have edited either survey.
  const rows = await db.$queryRaw<{ half: string; mean: number | null; respondents: number; questions: number }[]>`
    ${shownResponses(Prisma.sql`s."programId" = ANY(${programIds}::text[]) AND s.template IN ('skills-before', 'skills-after') AND s.kind = 'PROGRAMME'`, minimumGroupSize)},
     prompts AS (
       SELECT q.prompt FROM "SurveyQuestion" q JOIN "Survey" s ON s.id = q."surveyId"
       WHERE s."programId" = ANY(${programIds}::text[]) AND q.kind = 'SCALE' AND s.template IN ('skills-before', 'skills-after')
       GROUP BY q.prompt HAVING count(DISTINCT s.template) = 2
     )
     SELECT s.template AS half, avg(a.number)::float AS mean, count(DISTINCT shown.id)::int AS respondents,
            count(DISTINCT q.prompt)::int AS questions
     FROM shown JOIN "Survey" s ON s.id = shown."surveyId"
     JOIN "SurveyAnswer" a ON a."responseId" = shown.id JOIN "SurveyQuestion" q ON q.id = a."questionId"
     WHERE q.kind = 'SCALE' AND a.number IS NOT NULL AND q.prompt IN (SELECT prompt FROM prompts)
     GROUP BY s.template`;
  const half = (template: string): ScaleMean => {
    const row = rows.find((r) => r.half === template);
    return { mean: row?.mean ?? null, respondents: row?.respondents ?? 0 };
  };
  return {
    sharedQuestions: Math.max(0, ...rows.map((r) => r.questions)),
    before: half("skills-before"),
    after: half("skills-after"),
  };
}

async function threeSixtyChange(programIds: string[]): Promise<ThreeSixtyChange> {
  // Colleagues only, in whole groups of three: the manager's answers belong to the mentee alone.
  const [row] = await db.$queryRaw<
    { mentees: number; meanStart: number | null; meanEnd: number | null; meanChange: number | null }[]
  >`
    ${shownResponses(Prisma.sql`s."programId" = ANY(${programIds}::text[]) AND s.kind = 'THREE_SIXTY' AND r."raterRole" = 'COLLEAGUE'`, minimumRaters)},
     per_round AS (
       SELECT s."pairId", s.phase, avg(a.number)::float AS mean
       FROM shown JOIN "Survey" s ON s.id = shown."surveyId"
       JOIN "SurveyAnswer" a ON a."responseId" = shown.id JOIN "SurveyQuestion" q ON q.id = a."questionId"
       WHERE q.kind = 'SCALE' AND a.number IS NOT NULL
       GROUP BY s."pairId", s.phase
     ), per_mentee AS (
       SELECT st.mean AS start, en.mean AS finish
       FROM per_round st JOIN per_round en ON en."pairId" = st."pairId" AND en.phase = 'END'
       WHERE st.phase = 'START'
     )
     SELECT count(*)::int AS mentees, avg(start)::float AS "meanStart", avg(finish)::float AS "meanEnd",
            avg(finish - start)::float AS "meanChange"
     FROM per_mentee`;
  return row ?? { mentees: 0, meanStart: null, meanEnd: null, meanChange: null };
}
