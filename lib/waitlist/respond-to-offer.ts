import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { lapseOverdueOffers } from "@/lib/waitlist/lapse-overdue-offers";
import { offerFreedPlaces } from "@/lib/waitlist/offer-freed-places";
import type { offerResponseSchema } from "@/lib/waitlist/schemas";

/**
 * The person offered a place takes it (their application becomes approved) or turns it down (they
 * leave the waiting list and the place goes to the next person). Only before the deadline, once.
 */
export async function respondToOffer(
  actor: Actor,
  input: z.output<typeof offerResponseSchema>,
  now = new Date(),
): Promise<{ accepted: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  await lapseOverdueOffers(now);
  const offer = await db.waitlistOffer.findFirst({
    where: { id: input.offerId, participation: { userId: actor.id } },
    select: {
      id: true,
      status: true,
      programId: true,
      participationId: true,
      program: { select: { name: true, id: true, createdById: true } },
    },
  });
  if (!offer) throw new AppError("NOT_FOUND", "That offer is not yours or no longer exists.");
  if (offer.status !== "PENDING")
    throw new AppError(
      "CONFLICT",
      offer.status === "LAPSED"
        ? "The time to take this place has passed, so it went to the next person. You are still on the waiting list."
        : `You already ${offer.status === "ACCEPTED" ? "took" : "turned down"} this place.`,
    );
  await db.$transaction(async (tx) => {
    const answered = await tx.waitlistOffer.updateMany({
      where: { id: offer.id, status: "PENDING", respondBy: { gt: now } },
      data: { status: input.accept ? "ACCEPTED" : "DECLINED", respondedAt: now },
    });
    if (answered.count === 0)
      throw new AppError("CONFLICT", "This offer was answered or ran out a moment ago. Refresh the page.");
    await tx.participation.update({
      where: { id: offer.participationId },
      data: input.accept
        ? { status: "APPROVED", decidedAt: now }
        : { status: "WITHDRAWN", decidedAt: now, decisionNote: "Turned down a place offered from the waiting list." },
    });
    if (offer.program.createdById)
      await notify(tx, [
        {
          userId: offer.program.createdById,
          subject: `${actor.name} ${input.accept ? "took" : "turned down"} a place in ${offer.program.name}`,
          body: input.accept
            ? "They came off the waiting list and are now approved."
            : "The place goes to the next person on the waiting list.",
          link: `/programs/${offer.program.id}/applications`,
          dedupeKey: `waitlist-answer:${offer.id}`,
        },
      ]);
    if (!input.accept) await offerFreedPlaces(tx, offer.programId, now);
  });
  return { accepted: input.accept };
}
