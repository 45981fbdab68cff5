import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lapseOverdueOffers } from "@/lib/waitlist/lapse-overdue-offers";
import { waitingList } from "@/lib/waitlist/offer-freed-places";

export interface MyWaitlistEntry {
  participationId: string;
  programId: string;
  /** 1 = next in line; null while a place is offered to this person. */
  position: number | null;
  waiting: number;
  offer: { id: string; respondBy: Date } | null;
}

/**
 * Where the signed-in person stands on each waiting list they are on. Only their own position
 * and the list's length leave the server, never who else is waiting.
 */
export async function myWaitlist(actor: Actor, now = new Date()): Promise<MyWaitlistEntry[]> {
  requirePermission(actor, "own-mentoring:read");
  await lapseOverdueOffers(now);
  const mine = await db.participation.findMany({
    where: { userId: actor.id, status: "WAITLISTED" },
    select: { id: true, programId: true, role: true },
  });
  const entries: MyWaitlistEntry[] = [];
  for (const participation of mine) {
    const list = (await waitingList(db, participation.programId))(participation.role);
    const me = list.find((p) => p.id === participation.id)!;
    const queue = list.filter((p) => p.pendingOffer === null);
    entries.push({
      participationId: participation.id,
      programId: participation.programId,
      position: me.pendingOffer ? null : queue.findIndex((p) => p.id === participation.id) + 1,
      waiting: queue.length,
      offer: me.pendingOffer ? { id: me.pendingOffer.id, respondBy: me.pendingOffer.respondBy } : null,
    });
  }
  return entries;
}
