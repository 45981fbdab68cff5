import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { offerFreedPlaces } from "@/lib/waitlist/offer-freed-places";
import type { withdrawSchema } from "@/lib/waitlist/schemas";

/**
 * A participant leaves a programme before they are paired: their application is withdrawn and, if
 * they held a place, it is offered to the next person waiting. Someone already in a pair asks
 * their coordinator to end it first, so their partner is not left without a word.
 */
export async function withdrawFromProgram(actor: Actor, input: z.output<typeof withdrawSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const participation = await db.participation.findFirst({
    where: { id: input.participationId, userId: actor.id },
    select: {
      id: true,
      programId: true,
      status: true,
      mentorMatches: { where: { status: { in: [...placeHoldingStatuses] } }, select: { id: true } },
      menteeMatches: { where: { status: { in: [...placeHoldingStatuses] } }, select: { id: true } },
    },
  });
  if (!participation) throw new AppError("NOT_FOUND", "That application is not yours or no longer exists.");
  if (participation.mentorMatches.length + participation.menteeMatches.length > 0)
    throw new AppError(
      "CONFLICT",
      "You are in a pair: ask your coordinator to end it, so your partner hears it from them first.",
    );
  await db.$transaction(async (tx) => {
    const withdrawn = await tx.participation.updateMany({
      where: { id: participation.id, status: { in: ["APPLIED", "APPROVED", "WAITLISTED"] } },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
    if (withdrawn.count === 0) throw new AppError("CONFLICT", "You have already withdrawn from this programme.");
    await tx.waitlistOffer.updateMany({
      where: { participationId: participation.id, status: "PENDING" },
      data: { status: "DECLINED", respondedAt: now },
    });
    await offerFreedPlaces(tx, participation.programId, now);
  });
}
