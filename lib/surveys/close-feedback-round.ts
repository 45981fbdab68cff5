import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * A coordinator closes a round before its closing date, so its results can be read now. Closing
 * twice (or in parallel) keeps the first close; a round that has already closed says so.
 */
export async function closeFeedbackRound(actor: Actor, roundId: string, now = new Date()): Promise<void> {
  requirePermission(actor, "surveys:write");
  const closed = await db.feedbackRound.updateMany({
    where: { id: roundId, closedAt: null, closesAt: { gt: now } },
    data: { closedAt: now },
  });
  if (closed.count === 1) return;
  const round = await db.feedbackRound.findUnique({ where: { id: roundId }, select: { id: true } });
  if (!round) throw new AppError("NOT_FOUND", "That feedback round does not exist.");
  throw new AppError("CONFLICT", "This round has already closed.");
}
