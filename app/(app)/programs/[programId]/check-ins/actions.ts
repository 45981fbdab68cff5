"use server";

import type { ActionResult } from "@/lib/action-result";
import { closeFeedbackRound } from "@/lib/surveys/close-feedback-round";
import { openFeedbackRound } from "@/lib/surveys/open-feedback-round";
import { recordFeedbackAction } from "@/lib/surveys/record-feedback-action";
import { closeFeedbackRoundSchema, openFeedbackRoundSchema, recordFeedbackActionSchema } from "@/lib/surveys/schemas";
import { counted } from "@/lib/format";
import { runAction } from "@/app/_server/run-action";

const revalidate = ["/programs", "/me/mentoring"];

export async function openFeedbackRoundAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: openFeedbackRoundSchema,
    input,
    run: (actor, parsed) => openFeedbackRound(actor, parsed),
    success: ({ invited }) => `Round opened: ${counted(invited, "person", "people")} asked in their inbox.`,
    revalidate,
  });
}

export async function closeFeedbackRoundAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: closeFeedbackRoundSchema,
    input,
    run: (actor, parsed) => closeFeedbackRound(actor, parsed.roundId),
    success: () => "Round closed: its results are below once at least five people answered.",
    revalidate,
  });
}

export async function recordFeedbackActionAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: recordFeedbackActionSchema,
    input,
    run: (actor, parsed) => recordFeedbackAction(actor, parsed),
    success: () => "Recorded: the round's participants see it on My mentoring.",
    revalidate,
  });
}
