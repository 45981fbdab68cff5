import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { utcDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import type { ResolveInput, SnoozeInput } from "@/lib/checkins/schemas";
import { assertSubjectInProgramme, checkInSubject } from "@/lib/checkins/subject";
import type { Prisma } from "@/lib/db/generated/client";

/** Takes an item off the queue until a date; it comes back then if its reasons still hold. */
export async function snoozeQueueItem(actor: Actor, input: SnoozeInput, now = new Date()): Promise<Date> {
  requirePermission(actor, "checkins:write");
  const until = utcDay(input.until);
  if (until <= now) {
    throw new AppError("INVALID_INPUT", "Snooze until a later date.", { until: ["Pick a date after today."] });
  }
  await decide(actor, input, { kind: "SNOOZE", snoozedUntil: until }, now);
  return until;
}

/**
 * Resolves an item: everything that raised it until now counts as dealt with (open help requests
 * of the pair are marked resolved); only new events raise it again.
 */
export async function resolveQueueItem(actor: Actor, input: ResolveInput, now = new Date()): Promise<void> {
  requirePermission(actor, "checkins:write");
  await decide(actor, input, { kind: "RESOLVE" }, now, async (tx) => {
    if (input.matchId) {
      await tx.helpRequest.updateMany({ where: { matchId: input.matchId, resolvedAt: null }, data: { resolvedAt: now } });
    }
  });
}

/** Records a coordinator's decision on a queue item, with whatever else it changes, in one transaction. */
async function decide(
  actor: Actor,
  input: ResolveInput,
  decision: { kind: "SNOOZE" | "RESOLVE"; snoozedUntil?: Date },
  now: Date,
  alsoDo?: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertSubjectInProgramme(tx, input);
    await tx.checkInDecision.create({
      data: { ...checkInSubject(input), ...decision, reason: input.reason, decidedById: actor.id, createdAt: now },
    });
    await alsoDo?.(tx);
  });
}
