import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { flashPulseRound } from "@/lib/flash/flash-rules";
import { pulsePartnerName, pulsePartnerSelect } from "@/lib/surveys/pulse-partner";

export interface PendingPulse {
  id: string;
  round: number;
  dueAt: Date;
  programName: string;
  partnerName: string;
  /** The two-question pulse after a flash conversation, not a 30- or 90-day one. */
  flash: boolean;
}

/** The pulses the signed-in person has been asked and not answered yet, on pairs still running or flash conversations just held. */
export async function myPendingPulses(actor: Actor, now = new Date()): Promise<PendingPulse[]> {
  requirePermission(actor, "own-mentoring:read");
  const invites = await db.pulseInvite.findMany({
    where: {
      userId: actor.id,
      respondedAt: null,
      dueAt: { lte: now },
      OR: [{ match: { status: "ACTIVE" } }, { round: flashPulseRound, match: { status: "COMPLETED" } }],
    },
    orderBy: { dueAt: "asc" },
    select: {
      id: true,
      round: true,
      dueAt: true,
      program: { select: { name: true } },
      ...pulsePartnerSelect,
    },
  });
  return invites.map((invite) => ({
    id: invite.id,
    round: invite.round,
    dueAt: invite.dueAt,
    programName: invite.program.name,
    partnerName: pulsePartnerName(invite),
    flash: invite.round === flashPulseRound,
  }));
}
