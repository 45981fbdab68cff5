import "server-only";
import { db } from "@/lib/db/client";
import { offerFreedPlaces } from "@/lib/waitlist/offer-freed-places";

/**
 * Offers past their deadline lapse and the place moves to the next person. Idempotent: run it from
 * the job runner or before reading offers; a second run finds nothing to do.
 */
export async function lapseOverdueOffers(now = new Date()): Promise<number> {
  const overdue = await db.waitlistOffer.findMany({
    where: { status: "PENDING", respondBy: { lte: now } },
    select: { id: true, programId: true },
  });
  let lapsed = 0;
  for (const programId of new Set(overdue.map((o) => o.programId))) {
    await db.$transaction(async (tx) => {
      const result = await tx.waitlistOffer.updateManyAndReturn({
        where: { programId, status: "PENDING", respondBy: { lte: now } },
        data: { status: "LAPSED", respondedAt: now },
        select: { participationId: true },
      });
      lapsed += result.length;
      // Whoever let an offer lapse loses the place the coordinator gave them, so the next person is asked.
      await tx.participation.updateMany({
        where: { id: { in: result.map((o) => o.participationId) } },
        data: { waitlistPosition: null },
      });
      if (result.length > 0) await offerFreedPlaces(tx, programId, now);
    });
  }
  return lapsed;
}
