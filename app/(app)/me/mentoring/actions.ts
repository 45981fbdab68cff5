"use server";

import { confirmMatch } from "@/lib/matching/confirm-match";
import { flagMatch } from "@/lib/matching/flag-match";
import {
  confirmMatchSchema,
  flagMatchSchema,
  mentorRequestSchema,
  respondRequestSchema,
  runMatchingSchema,
} from "@/lib/matching/schemas";
import { requestMentors, respondToRequest, withdrawRequests } from "@/lib/matching/self-match";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

const revalidate = ["/me/mentoring", "/matching"];

export async function requestMentorsAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    mentorRequestSchema,
    requestMentors,
    () => "Request sent to your first choice. If they cannot take you on, it passes to your next choice.",
    revalidate,
  );
}

export async function withdrawRequestsAction(input: unknown): Promise<ActionResult> {
  return act(input, runMatchingSchema, withdrawRequests, () => "Your open requests are withdrawn.", revalidate);
}

export async function respondToRequestAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    respondRequestSchema,
    respondToRequest,
    (result) => (result.accepted ? "Accepted: your new mentee is below." : "Declined; the request passes to their next choice."),
    revalidate,
  );
}

export async function confirmMatchAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    confirmMatchSchema,
    confirmMatch,
    (result) =>
      result.status === "ACTIVE"
        ? "Confirmed: your pairing has started."
        : result.status === "ENDED"
          ? "Declined. Your coordinator will propose someone else."
          : "Confirmed. Waiting for the other person.",
    revalidate,
  );
}

export async function flagMatchAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    flagMatchSchema,
    flagMatch,
    () => "Thank you. Your coordinator has been told and will follow up.",
    revalidate,
  );
}
