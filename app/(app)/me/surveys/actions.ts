"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { answerSurveySchema } from "@/lib/surveys/schemas";
import { act } from "@/app/_server/run-action";

export async function answerSurveyAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    answerSurveySchema,
    answerSurvey,
    ({ anonymous }) =>
      anonymous
        ? "Thank you: your answers are in, stored without your name."
        : "Thank you: your answers are in, and the programme office sees them with your name.",
    ["/me/mentoring", "/programs"],
  );
}
