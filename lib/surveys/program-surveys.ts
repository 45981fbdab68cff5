import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { SurveyAudience, SurveyStatus } from "@/lib/db/generated/client";
import { describeSchedule } from "@/lib/surveys/survey-rules";

export interface SurveyListItem {
  id: string;
  title: string;
  status: SurveyStatus;
  anonymous: boolean;
  audience: SurveyAudience;
  schedule: string;
  questions: number;
  invited: number;
  answered: number;
  /** answered ÷ invited, or null before anyone was asked. */
  responseRate: number | null;
}

/** A programme's surveys for the programme office, newest first, with how many were asked and answered. */
export async function programSurveys(actor: Actor, programId: string): Promise<SurveyListItem[]> {
  requirePermission(actor, "checkins:read");
  const surveys = await db.survey.findMany({
    where: { programId, kind: "PROGRAMME" },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      anonymous: true,
      audience: true,
      trigger: true,
      offsetDays: true,
      sendOn: true,
      _count: { select: { questions: true, invites: true, responses: true } },
    },
  });
  return surveys.map((survey) => {
    const { invites: asked, responses: answers } = survey._count;
    return {
      id: survey.id,
      title: survey.title,
      status: survey.status,
      anonymous: survey.anonymous,
      audience: survey.audience,
      schedule: describeSchedule(survey),
      questions: survey._count.questions,
      invited: asked,
      answered: answers,
      responseRate: asked > 0 ? answers / asked : null,
    };
  });
}
