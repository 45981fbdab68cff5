"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { answerSurveySchema } from "@/lib/surveys/schemas";
import { runAction } from "@/app/_server/run-action";

export async function answerSurveyAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: answerSurveySchema,
    input,
    run: (actor, parsed) => answerSurvey(actor, parsed),
    success: ({ anonymous }) =>
      anonymous
        ? "Thank you: your answers are in, stored without your name."
        : "Thank you: your answers are in, and the programme office sees them with your name.",
    revalidate: ["/me/mentoring", "/programs"],
  });
}
