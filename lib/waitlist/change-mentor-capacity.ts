import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findMyMentorship } from "@/lib/programs/my-mentorship";
import { offerFreedPlaces } from "@/lib/waitlist/offer-freed-places";
import type { capacitySchema } from "@/lib/waitlist/schemas";

/**
 * A mentor changes how many mentees they take on. Raising it can free places for people on the
 * waiting list, who are offered them at once; lowering it below the mentees they already have is
 * refused.
 */
export async function changeMentorCapacity(
  actor: Actor,
  input: z.output<typeof capacitySchema>,
  now = new Date(),
): Promise<{ offered: number }> {
  requirePermission(actor, "own-mentoring:write");
  const participation = await findMyMentorship(actor, input.participationId, {
    id: true,
    programId: true,
    mentorMatches: { where: { status: { in: ["ACTIVE", "AWAITING_CONFIRMATION"] } }, select: { id: true } },
  });
  if (input.capacity < participation.mentorMatches.length)
    throw new AppError("INVALID_INPUT", "You already have more mentees than that.", {
      capacity: [`You mentor ${participation.mentorMatches.length} people now; choose at least that many.`],
    });
  return db.$transaction(async (tx) => {
    await tx.participation.update({ where: { id: participation.id }, data: { capacity: input.capacity } });
    return { offered: await offerFreedPlaces(tx, participation.programId, now) };
  });
}
