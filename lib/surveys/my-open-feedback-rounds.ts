import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { feedbackClosingDay, feedbackPeriodLabel } from "@/lib/surveys/feedback-rules";

export interface OpenFeedbackRound {
  inviteId: string;
  programName: string;
  periodLabel: string;
  lastDay: Date;
}

/** The feedback rounds the signed-in person has been asked and can still answer. */
export async function myOpenFeedbackRounds(actor: Actor, now = new Date()): Promise<OpenFeedbackRound[]> {
  requirePermission(actor, "own-mentoring:read");
  const invites = await db.feedbackInvite.findMany({
    where: { userId: actor.id, respondedAt: null, round: { closedAt: null, closesAt: { gt: now } } },
    orderBy: { round: { closesAt: "asc" } },
    select: { id: true, round: { select: { period: true, closesAt: true, program: { select: { name: true } } } } },
  });
  return invites.map((invite) => ({
    inviteId: invite.id,
    programName: invite.round.program.name,
    periodLabel: feedbackPeriodLabel(invite.round.period),
    lastDay: feedbackClosingDay(invite.round.closesAt),
  }));
}
