import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { utcDay } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import type { RecordCheckInInput } from "@/lib/checkins/schemas";
import { assertSubjectInProgramme, checkInSubject } from "@/lib/checkins/subject";

/** Records a check-in; it takes the item off the queue. A resubmitted form records it once. */
export async function recordCheckIn(actor: Actor, input: RecordCheckInInput, now = new Date()): Promise<{ id: string }> {
  requirePermission(actor, "checkins:write");
  const heldOn = utcDay(input.heldOn);
  if (heldOn > now) {
    throw new AppError("INVALID_INPUT", "A check-in is recorded once it has happened.", {
      heldOn: ["Pick today or an earlier date."],
    });
  }
  try {
    return await db.$transaction(async (tx) => {
      await assertSubjectInProgramme(tx, input);
      return tx.checkIn.create({
        data: {
          ...checkInSubject(input),
          heldOn,
          withWhom: input.matchId ? input.withWhom : "MENTOR",
          channel: input.channel,
          outcome: input.outcome,
          note: input.note,
          followUpOn: input.followUpOn ? utcDay(input.followUpOn) : null,
          recordedById: actor.id,
          requestKey: input.requestKey,
        },
        select: { id: true },
      });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.checkIn.findUniqueOrThrow({ where: { requestKey: input.requestKey }, select: { id: true } });
  }
}
