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
import { runAction } from "@/app/_server/run-action";

const revalidate = ["/me/mentoring", "/matching"];

export async function requestMentorsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: mentorRequestSchema,
    input,
    run: (actor, parsed) => requestMentors(actor, parsed),
    success: () => "Request sent to your first choice. If they cannot take you on, it passes to your next choice.",
    revalidate,
  });
}

export async function withdrawRequestsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: runMatchingSchema,
    input,
    run: (actor, parsed) => withdrawRequests(actor, parsed),
    success: () => "Your open requests are withdrawn.",
    revalidate,
  });
}

export async function respondToRequestAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: respondRequestSchema,
    input,
    run: (actor, parsed) => respondToRequest(actor, parsed),
    success: (result) =>
      result.accepted ? "Accepted: your new mentee is below." : "Declined; the request passes to their next choice.",
    revalidate,
  });
}

export async function confirmMatchAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: confirmMatchSchema,
    input,
    run: (actor, parsed) => confirmMatch(actor, parsed),
    success: (result) =>
      result.status === "ACTIVE"
        ? "Confirmed: your pairing has started."
        : result.status === "ENDED"
          ? "Declined. Your coordinator will propose someone else."
          : "Confirmed. Waiting for the other person.",
    revalidate,
  });
}

export async function flagMatchAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: flagMatchSchema,
    input,
    run: (actor, parsed) => flagMatch(actor, parsed),
    success: () => "Thank you. Your coordinator has been told and will follow up.",
    revalidate,
  });
}
