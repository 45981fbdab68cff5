"use server";

import type { ActionResult } from "@/lib/action-result";
import { resolveQueueItem, snoozeQueueItem } from "@/lib/checkins/decide-queue-item";
import { recordCheckIn } from "@/lib/checkins/record-check-in";
import { checkInPolicySchema, recordCheckInSchema, resolveSchema, snoozeSchema } from "@/lib/checkins/schemas";
import { updateCheckInPolicy } from "@/lib/checkins/update-policy";
import { formatDate } from "@/lib/format";
import { act } from "@/app/_server/run-action";

const revalidate = ["/check-ins", "/programs"];

export async function recordCheckInAction(input: unknown): Promise<ActionResult> {
  return act(input, recordCheckInSchema, recordCheckIn, () => "Check-in recorded.", revalidate);
}

export async function snoozeAction(input: unknown): Promise<ActionResult> {
  return act(input, snoozeSchema, snoozeQueueItem, (until) => `Snoozed until ${formatDate(until)}.`, revalidate);
}

export async function resolveAction(input: unknown): Promise<ActionResult> {
  return act(input, resolveSchema, resolveQueueItem, () => "Resolved.", revalidate);
}

export async function updateCheckInPolicyAction(input: unknown): Promise<ActionResult> {
  return act(input, checkInPolicySchema, updateCheckInPolicy, () => "Check-in settings saved.", revalidate);
}
