import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { feedbackPeriodLabel, feedbackRoundIsOpen, feedbackRoundLastDay } from "@/lib/surveys/feedback-rules";

/** One of the signed-in person's feedback rounds, for its answer page; anyone else's is "not found". */
export async function myFeedbackRound(actor: Actor, inviteId: string, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  const invite = await db.feedbackInvite.findUnique({
    // Only the signed-in person's own invite is ever read.
    where: { id: inviteId, userId: actor.id },
    select: {
      id: true,
      respondedAt: true,
      round: {
        select: { audience: true, period: true, closesAt: true, closedAt: true, program: { select: { name: true } } },
      },
    },
  });
  if (!invite) throw new AppError("NOT_FOUND", "That feedback round is not one of yours.");
  return {
    id: invite.id,
    programName: invite.round.program.name,
    audience: invite.round.audience,
    periodLabel: feedbackPeriodLabel(invite.round.period),
    lastDay: feedbackRoundLastDay(invite.round),
    answeredAt: invite.respondedAt,
    open: invite.respondedAt === null && feedbackRoundIsOpen(invite.round, now),
  };
}
