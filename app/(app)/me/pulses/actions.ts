"use server";

import type { ActionResult } from "@/lib/action-result";
import { answerPulse } from "@/lib/surveys/answer-pulse";
import { answerFlashPulseSchema, answerPulseSchema } from "@/lib/surveys/schemas";
import { act } from "@/app/_server/run-action";

export async function answerPulseAction(input: unknown): Promise<ActionResult> {
  return act(input, answerPulseSchema, answerPulse, () => "Thank you: your answers are in.", [
    "/me/mentoring",
    "/me/pulses",
    "/check-ins",
    "/programs",
  ]);
}

export async function answerFlashPulseAction(input: unknown): Promise<ActionResult> {
  return act(input, answerFlashPulseSchema, answerPulse, () => "Thank you: your answers are in.", [
    "/me/mentoring",
    "/me/pulses",
    "/programs",
  ]);
}
