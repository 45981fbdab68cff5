"use server";

import type { ActionResult } from "@/lib/action-result";
import { resolveQueueItem, snoozeQueueItem } from "@/lib/checkins/decide-queue-item";
import { recordCheckIn } from "@/lib/checkins/record-check-in";
import { checkInPolicySchema, recordCheckInSchema, resolveSchema, snoozeSchema } from "@/lib/checkins/schemas";
import { updateCheckInPolicy } from "@/lib/checkins/update-policy";
import { formatDate } from "@/lib/format";
import { runAction } from "@/app/_server/run-action";

const revalidate = ["/check-ins", "/programs"];

export async function recordCheckInAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: recordCheckInSchema,
    input,
    run: (actor, parsed) => recordCheckIn(actor, parsed),
    success: () => "Check-in recorded.",
    revalidate,
  });
}

export async function snoozeAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: snoozeSchema,
    input,
    run: (actor, parsed) => snoozeQueueItem(actor, parsed),
    success: (until) => `Snoozed until ${formatDate(until)}.`,
    revalidate,
  });
}

export async function resolveAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: resolveSchema,
    input,
    run: (actor, parsed) => resolveQueueItem(actor, parsed),
    success: () => "Resolved.",
    revalidate,
  });
}

export async function updateCheckInPolicyAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: checkInPolicySchema,
    input,
    run: (actor, parsed) => updateCheckInPolicy(actor, parsed),
    success: () => "Check-in settings saved.",
    revalidate,
  });
}
