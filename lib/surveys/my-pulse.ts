import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { flashPulseRound } from "@/lib/flash/flash-rules";
import { pulseOpen } from "@/lib/surveys/pulse-rules";
import { pulsePartnerName, pulsePartnerSelect } from "@/lib/surveys/pulse-partner";

/** One of the signed-in person's pulses, for its answer page; anyone else's is "not found". */
export async function myPulse(actor: Actor, inviteId: string) {
  requirePermission(actor, "own-mentoring:read");
  const invite = await db.pulseInvite.findUnique({
    // Only the signed-in person's own invite is ever read.
    where: { id: inviteId, userId: actor.id },
    select: {
      id: true,
      round: true,
      side: true,
      respondedAt: true,
      program: { select: { name: true } },
      match: { select: { status: true, ...pulsePartnerSelect.match.select } },
    },
  });
  if (!invite) throw new AppError("NOT_FOUND", "That pulse is not one of yours.");
  return {
    id: invite.id,
    round: invite.round,
    programName: invite.program.name,
    partnerName: pulsePartnerName(invite),
    answeredAt: invite.respondedAt,
    open: invite.respondedAt === null && pulseOpen(invite.round, invite.match.status),
    flash: invite.round === flashPulseRound,
  };
}
