import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { surveyDraftValues } from "@/lib/surveys/survey-draft";
import { findProgramSurvey, resultsOf, type SurveyResults } from "@/lib/surveys/survey-results";

export type SurveyPage =
  | { view: "draft"; programId: string; title: string; values: ReturnType<typeof surveyDraftValues> }
  | { view: "results"; programId: string; results: SurveyResults };

/**
 * The programme office's page for one survey, read once: a draft opens in the builder for those
 * who may edit it; otherwise the survey's results.
 */
export async function surveyPage(actor: Actor, surveyId: string): Promise<SurveyPage> {
  requirePermission(actor, "checkins:read");
  const survey = await findProgramSurvey(surveyId);
  if (survey.status === "DRAFT" && can(actor, "surveys:write")) {
    return { view: "draft", programId: survey.programId, title: survey.title, values: surveyDraftValues(survey) };
  }
  return { view: "results", programId: survey.programId, results: await resultsOf(survey) };
}
