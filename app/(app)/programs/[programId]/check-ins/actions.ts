"use server";

import type { ActionResult } from "@/lib/action-result";
import { counted } from "@/lib/format";
import { unpauseMentorSchema } from "@/lib/matching/schemas";
import { unpauseMentor } from "@/lib/matching/unpause-mentor";
import { closeFeedbackRound } from "@/lib/surveys/close-feedback-round";
import { openFeedbackRound } from "@/lib/surveys/open-feedback-round";
import { recordFeedbackAction } from "@/lib/surveys/record-feedback-action";
import { closeFeedbackRoundSchema, openFeedbackRoundSchema, recordFeedbackActionSchema } from "@/lib/surveys/schemas";
import { act } from "@/app/_server/run-action";

const revalidate = ["/programs", "/me/mentoring"];

export async function openFeedbackRoundAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    openFeedbackRoundSchema,
    openFeedbackRound,
    ({ invited }) => `Round opened: ${counted(invited, "person", "people")} asked in their inbox.`,
    revalidate,
  );
}

export async function closeFeedbackRoundAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    closeFeedbackRoundSchema,
    (actor, parsed) => closeFeedbackRound(actor, parsed.roundId),
    () => "Round closed: its results are below once at least five people answered.",
    revalidate,
  );
}

export async function recordFeedbackActionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    recordFeedbackActionSchema,
    recordFeedbackAction,
    () => "Recorded: the round's participants see it on My mentoring.",
    revalidate,
  );
}

export async function unpauseMentorAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    unpauseMentorSchema,
    unpauseMentor,
    (result) =>
      result.unpaused
        ? `${result.name} is back in self-match; unanswered requests count again from now.`
        : `${result.name} is not paused.`,
    [...revalidate, "/check-ins"],
  );
}
