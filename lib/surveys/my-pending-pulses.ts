import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export interface PendingPulse {
  id: string;
  round: number;
  dueAt: Date;
  programName: string;
  partnerName: string;
}

/** The pulses the signed-in person has been asked and not answered yet, on pairs still running. */
export async function myPendingPulses(actor: Actor, now = new Date()): Promise<PendingPulse[]> {
  requirePermission(actor, "own-mentoring:read");
  const invites = await db.pulseInvite.findMany({
    where: { userId: actor.id, respondedAt: null, dueAt: { lte: now }, match: { status: "ACTIVE" } },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      round: true,
      dueAt: true,
      side: true,
      program: { select: { name: true } },
      match: {
        select: {
          mentor: { select: { user: { select: { name: true } } } },
          mentee: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
  return invites.map((invite) => ({
    id: invite.id,
    round: invite.round,
    dueAt: invite.dueAt,
    programName: invite.program.name,
    partnerName: (invite.side === "MENTOR" ? invite.match.mentee : invite.match.mentor).user.name,
  }));
}
