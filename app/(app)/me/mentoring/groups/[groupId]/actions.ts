"use server";

import { act, pairWorkPages } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { cancelGroupSession } from "@/lib/groups/cancel-group-session";
import { leaveGroup } from "@/lib/groups/leave-group";
import { logGroupSession } from "@/lib/groups/log-group-session";
import { scheduleGroupSession } from "@/lib/groups/schedule-group-session";
import {
  cancelGroupSessionSchema,
  groupAgreementSchema,
  leaveGroupSchema,
  logGroupSessionSchema,
  scheduleGroupSessionSchema,
  signGroupAgreementSchema,
} from "@/lib/groups/schemas";
import { signGroupAgreement } from "@/lib/groups/sign-group-agreement";
import { updateGroupAgreement } from "@/lib/groups/update-group-agreement";

export async function scheduleGroupSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    scheduleGroupSessionSchema,
    scheduleGroupSession,
    () => "Booked. Everyone in the group has the invite.",
    pairWorkPages,
  );
}

export async function logGroupSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    logGroupSessionSchema,
    logGroupSession,
    (result) =>
      `Logged, with ${result.attended} ${result.attended === 1 ? "mentee" : "mentees"} attending. The group can read the notes.`,
    pairWorkPages,
  );
}

export async function cancelGroupSessionAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    cancelGroupSessionSchema,
    cancelGroupSession,
    () => "Called off. Everyone's calendar invite is cancelled.",
    pairWorkPages,
  );
}

export async function signGroupAgreementAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    signGroupAgreementSchema,
    signGroupAgreement,
    (result) =>
      result.everyoneSigned ? "Signed. Everyone in the group has now signed." : "Signed. The others sign on their group page.",
    pairWorkPages,
  );
}

export async function updateGroupAgreementAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    groupAgreementSchema,
    updateGroupAgreement,
    (result) => `Saved as version ${result.version}. Everyone in the group signs it again.`,
    pairWorkPages,
  );
}

export async function leaveGroupAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    leaveGroupSchema,
    leaveGroup,
    (result) =>
      result.groupEnded ? "You have left. You were the last mentee, so the group has ended." : "You have left the group.",
    pairWorkPages,
  );
}
