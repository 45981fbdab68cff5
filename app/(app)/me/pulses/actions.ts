"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerPulse } from "@/lib/surveys/answer-pulse";
import { answerFlashPulseSchema, answerPulseSchema } from "@/lib/surveys/schemas";
import { runAction } from "@/app/_server/run-action";

export async function answerPulseAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: answerPulseSchema,
    input,
    run: (actor, parsed) => answerPulse(actor, parsed),
    success: () => "Thank you: your answers are in.",
    revalidate: ["/me/mentoring", "/me/pulses", "/check-ins", "/programs"],
  });
}

export async function answerFlashPulseAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: answerFlashPulseSchema,
    input,
    run: (actor, parsed) => answerPulse(actor, parsed),
    success: () => "Thank you: your answers are in.",
    revalidate: ["/me/mentoring", "/me/pulses", "/programs"],
  });
}
