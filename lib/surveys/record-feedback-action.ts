import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { feedbackRoundIsOpen } from "@/lib/surveys/feedback-rules";
import type { RecordFeedbackActionInput } from "@/lib/surveys/schemas";

/**
 * Records "you said, we did" on a closed round: what the programme office changed in response.
 * The round's mentors or mentees see it on My mentoring. A resubmitted form records it once.
 */
export async function recordFeedbackAction(
  actor: Actor,
  input: RecordFeedbackActionInput,
  now = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "surveys:write");
  const round = await db.feedbackRound.findUnique({
    where: { id: input.roundId },
    select: { closesAt: true, closedAt: true },
  });
  if (!round) throw new AppError("NOT_FOUND", "That feedback round does not exist.");
  if (feedbackRoundIsOpen(round, now)) {
    throw new AppError("CONFLICT", "Answer what people said once the round has closed and its results are in.");
  }
  try {
    return await db.feedbackAction.create({
      data: {
        roundId: input.roundId,
        youSaid: input.youSaid,
        weDid: input.weDid,
        recordedById: actor.id,
        requestKey: input.requestKey,
        createdAt: now,
      },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.feedbackAction.findUniqueOrThrow({ where: { requestKey: input.requestKey }, select: { id: true } });
  }
}
