import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CheckInPolicyInput } from "@/lib/checkins/schemas";

/** Sets how the office watches one programme: waiting periods, regular check-ins, thresholds. */
export async function updateCheckInPolicy(actor: Actor, input: CheckInPolicyInput): Promise<void> {
  requirePermission(actor, "checkins:write");
  const { programId, ...values } = input;
  const program = await db.program.findUnique({ where: { id: programId }, select: { id: true } });
  if (!program) throw new AppError("NOT_FOUND", "That programme no longer exists.");
  await db.checkInPolicy.upsert({ where: { programId }, create: { programId, ...values }, update: values });
}
