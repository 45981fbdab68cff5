import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { surveyTemplateKeys, type SaveSurveyFormValues, type SurveyTemplateKey } from "@/lib/surveys/schemas";

const isSurveyTemplateKey = (key: string | null): key is SurveyTemplateKey => surveyTemplateKeys.some((known) => known === key);

/** A survey as the builder's form holds it, so a draft opens with everything it was saved with. */
export async function surveyDraft(
  actor: Actor,
  surveyId: string,
): Promise<{ status: "DRAFT" | "LIVE" | "CLOSED"; values: Omit<SaveSurveyFormValues, "requestKey" | "launch"> }> {
  requirePermission(actor, "surveys:write");
  const survey = await db.survey.findUnique({
    where: { id: surveyId, kind: "PROGRAMME" },
    select: {
      id: true,
      programId: true,
      status: true,
      title: true,
      intro: true,
      anonymous: true,
      audience: true,
      trigger: true,
      offsetDays: true,
      sendOn: true,
      openDays: true,
      template: true,
      questions: { orderBy: { position: "asc" }, select: { kind: true, prompt: true, required: true, options: true } },
    },
  });
  if (!survey) throw new AppError("NOT_FOUND", "That survey does not exist.");
  return {
    status: survey.status,
    values: {
      programId: survey.programId,
      surveyId: survey.id,
      title: survey.title,
      intro: survey.intro,
      anonymous: survey.anonymous,
      audience: survey.audience,
      trigger: survey.trigger,
      offsetDays: survey.offsetDays,
      sendOn: survey.sendOn ? isoDay(survey.sendOn) : "",
      openDays: survey.openDays,
      template: isSurveyTemplateKey(survey.template) ? survey.template : null,
      questions: survey.questions.map(({ options, ...question }) => ({ ...question, optionsText: options.join("\n") })),
    },
  };
}
