"use server";

import { act, pairWorkPages, runAction } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";
import { createPairGoal } from "@/lib/pairs/create-pair-goal";
import { agreementSchema, goalProgressSchema, milestoneSchema, pairGoalSchema, signAgreementSchema } from "@/lib/pairs/schemas";
import { signAgreement } from "@/lib/pairs/sign-agreement";
import { updateAgreement } from "@/lib/pairs/update-agreement";
import { setMilestoneDone, updateGoalProgress } from "@/lib/pairs/update-goal-progress";
import { askForHelp } from "@/lib/sessions/ask-for-help";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { logSession } from "@/lib/sessions/log-session";
import { proposeSession } from "@/lib/sessions/propose-session";
import { rescheduleSession } from "@/lib/sessions/reschedule-session";
import { respondToProposal } from "@/lib/sessions/respond-to-proposal";
import {
  cancelSessionSchema,
  confirmSessionSchema,
  helpRequestSchema,
  logSessionSchema,
  proposeSessionSchema,
  rescheduleSessionSchema,
  respondSessionSchema,
} from "@/lib/sessions/schemas";
import { z } from "zod";

export async function proposeSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    proposeSessionSchema,
    proposeSession,
    () => "Proposed. Your partner has the invite and can accept it or suggest another time.",
    pairWorkPages,
  );
}

export async function rescheduleSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    rescheduleSessionSchema,
    rescheduleSession,
    () => "New time proposed. Your partner's calendar invite is updated.",
    pairWorkPages,
  );
}

export async function respondToProposalAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    respondSessionSchema,
    respondToProposal,
    (result) =>
      result.status === "SCHEDULED"
        ? "Booked. The invite is in your inbox and below."
        : "Declined. Your partner will propose another time.",
    pairWorkPages,
  );
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    cancelSessionSchema,
    cancelSession,
    () => "Called off. Both calendars receive the cancellation.",
    pairWorkPages,
  );
}

export async function logSessionAction(input: unknown): Promise<ActionResult> {
  return act(input, logSessionSchema, logSession, () => "Logged. Your partner will confirm it.", pairWorkPages);
}

export async function confirmSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    confirmSessionSchema,
    confirmSession,
    (result) => (result.corrected ? "Confirmed with your correction." : "Confirmed."),
    pairWorkPages,
  );
}

export async function askForHelpAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    helpRequestSchema,
    askForHelp,
    () => "Sent to the programme office in confidence. Someone will be in touch.",
    pairWorkPages,
  );
}

export async function signAgreementAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    signAgreementSchema,
    signAgreement,
    (result) => (result.bothSigned ? "Signed by you both." : "Signed. Waiting for your partner."),
    pairWorkPages,
  );
}

export async function updateAgreementAction(input: unknown): Promise<ActionResult> {
  return act(input, agreementSchema, updateAgreement, () => "Saved as a new version. You both sign it again.", pairWorkPages);
}

export async function createPairGoalAction(input: unknown): Promise<ActionResult> {
  return act(input, pairGoalSchema, createPairGoal, () => "Goal added.", pairWorkPages);
}

export async function updateGoalProgressAction(input: unknown): Promise<ActionResult> {
  return act(input, goalProgressSchema, updateGoalProgress, () => "Progress saved.", pairWorkPages);
}

export async function setMilestoneDoneAction(input: unknown): Promise<ActionResult> {
  return act(input, milestoneSchema, setMilestoneDone, () => "Milestone updated.", pairWorkPages);
}

export async function createCalendarFeedAction(input: unknown): Promise<ActionResult<{ secret: string }>> {
  return runAction({
    schema: z.object({}),
    input,
    run: (actor) => createCalendarFeed(actor),
    success: () => "Your calendar address is ready. Copy it now: it is shown only once.",
  });
}

export async function revokeCalendarFeedAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: z.object({}),
    input,
    run: (actor) => revokeCalendarFeed(actor),
    success: () => "Your calendar address no longer works. Remove the subscription from your calendar.",
    revalidate: ["/me/mentoring"],
  });
}
