import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ParticipantRole } from "@/lib/db/generated/enums";
import { waitingList } from "@/lib/waitlist/offer-freed-places";

export interface WaitlistRow {
  participationId: string;
  name: string;
  decidedAt: Date | null;
  /** Set when the coordinator placed this person; null while they keep their decision-time place. */
  placedByCoordinator: boolean;
  offer: { respondBy: Date } | null;
}

/** A programme's waiting lists per role, in the order places are offered, for the programme office. */
export async function programWaitlist(actor: Actor, programId: string): Promise<Record<ParticipantRole, WaitlistRow[]>> {
  requirePermission(actor, "programs:read");
  const list = await waitingList(db, programId);
  const rows = (role: ParticipantRole) =>
    list(role).map((p) => ({
      participationId: p.id,
      name: p.user.name,
      decidedAt: p.decidedAt,
      placedByCoordinator: p.waitlistPosition !== null,
      offer: p.pendingOffer ? { respondBy: p.pendingOffer.respondBy } : null,
    }));
  return { MENTEE: rows("MENTEE"), MENTOR: rows("MENTOR") };
}
