import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { answerOnce } from "@/lib/surveys/answer-once";
import { feedbackRoundIsOpen } from "@/lib/surveys/feedback-rules";
import type { AnswerFeedbackInput } from "@/lib/surveys/schemas";

const answering = answerOnce({
  notYours: "That feedback round is not one of yours.",
  alreadyAnswered: "You have already answered this round. Thank you.",
});

/**
 * The respondent answers a feedback round, once, while it is open. The invite is marked answered
 * only if it was not (so of identical parallel submissions exactly one is stored), and the answer
 * is stored with the round only: nothing in it leads back to the person.
 */
export async function answerFeedbackRound(actor: Actor, input: AnswerFeedbackInput, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  await db.$transaction(async (tx) => {
    const found = await tx.feedbackInvite.findUnique({
      where: { id: input.inviteId },
      select: { id: true, userId: true, roundId: true, respondedAt: true, round: { select: { closesAt: true, closedAt: true } } },
    });
    const invite = answering.unanswered(found, actor);
    if (!feedbackRoundIsOpen(invite.round, now)) throw new AppError("CONFLICT", "This feedback round has closed.");
    await answering.claim(
      tx.feedbackInvite.updateMany({ where: { id: invite.id, userId: actor.id, respondedAt: null }, data: { respondedAt: now } }),
    );
    await tx.feedbackAnswer.create({
      data: {
        roundId: invite.roundId,
        benefit: input.benefit,
        experience: input.experience,
        usefulness: input.usefulness,
        resources: input.resources,
        benefitsText: input.benefitsText ?? null,
        suggestion: input.suggestion ?? null,
      },
      select: { id: true },
    });
  }, queuedTransaction);
}
