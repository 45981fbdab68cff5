"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerFeedbackRound } from "@/lib/surveys/answer-feedback-round";
import { answerFeedbackSchema } from "@/lib/surveys/schemas";
import { act } from "@/app/_server/run-action";

export async function answerFeedbackAction(input: unknown): Promise<ActionResult> {
  return act(input, answerFeedbackSchema, answerFeedbackRound, () => "Thank you: your answers are in.", [
    "/me/mentoring",
    "/me/feedback",
    "/programs",
  ]);
}
