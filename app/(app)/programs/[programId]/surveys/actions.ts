"use server";

import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
import { closeSurvey } from "@/lib/surveys/close-survey";
import { deleteSurveyDraft } from "@/lib/surveys/delete-survey-draft";
import { saveSurvey } from "@/lib/surveys/save-survey";
import { saveSurveySchema, surveyIdSchema } from "@/lib/surveys/schemas";
import { act, runAction } from "@/app/_server/run-action";

const revalidate = ["/programs", "/me/mentoring", "/inbox"];

export async function saveSurveyAction(
  input: unknown,
): Promise<ActionResult<{ id: string; launched: boolean; invited: number }>> {
  return runAction({
    schema: saveSurveySchema,
    input,
    run: (actor, parsed) => saveSurvey(actor, parsed),
    success: ({ launched, invited }) =>
      !launched
        ? "Draft saved. Nobody is asked until you start sending it."
        : invited > 0
          ? `Sending: ${counted(invited, "person", "people")} asked in their inbox now; others when their day comes.`
          : "Sending: people are asked in their inbox when their day comes.",
    revalidate,
  });
}

export async function closeSurveyAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    surveyIdSchema,
    (actor, parsed) => closeSurvey(actor, parsed.surveyId),
    ({ title }) => `“${title}” is closed: nobody else is asked and it takes no more answers.`,
    revalidate,
  );
}

export async function deleteSurveyDraftAction(input: unknown): Promise<ActionResult<{ programId: string }>> {
  return act(
    input,
    surveyIdSchema,
    (actor, parsed) => deleteSurveyDraft(actor, parsed.surveyId),
    ({ title }) => `Draft “${title}” deleted.`,
    revalidate,
  );
}
