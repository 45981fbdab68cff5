"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerFeedbackRound } from "@/lib/surveys/answer-feedback-round";
import { answerFeedbackSchema } from "@/lib/surveys/schemas";
import { runAction } from "@/app/_server/run-action";

export async function answerFeedbackAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: answerFeedbackSchema,
    input,
    run: (actor, parsed) => answerFeedbackRound(actor, parsed),
    success: () => "Thank you: your answers are in.",
    revalidate: ["/me/mentoring", "/me/feedback", "/programs"],
  });
}
