import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { answerOnce } from "@/lib/surveys/answer-once";
import { isLowPulse, lowPulseDetail, pulseOpen } from "@/lib/surveys/pulse-rules";
import { flashPulseRound } from "@/lib/flash/flash-rules";
import type { AnswerFlashPulseInput, AnswerPulseInput } from "@/lib/surveys/schemas";

const answering = answerOnce({
  notYours: "That pulse is not one of yours.",
  alreadyAnswered: "You have already answered this pulse. Thank you.",
});

/**
 * The respondent answers their pulse, once. In one transaction: the invite is marked answered
 * only if it was not (so of identical parallel submissions exactly one gets through), the answer is
 * stored with nothing that leads back to the person, and a low answer puts the pair on the
 * check-in queue once per round, whichever side answered low. The flash pulse, asked when a flash
 * conversation completes, has two questions and stays open after the pair completed.
 */
export async function answerPulse(
  actor: Actor,
  input: AnswerPulseInput | AnswerFlashPulseInput,
  now = new Date(),
): Promise<{ round: number }> {
  requirePermission(actor, "own-mentoring:write");
  return db.$transaction(async (tx) => {
    const found = await tx.pulseInvite.findUnique({
      where: { id: input.inviteId },
      select: {
        id: true,
        userId: true,
        programId: true,
        matchId: true,
        side: true,
        round: true,
        respondedAt: true,
        match: { select: { status: true } },
      },
    });
    const invite = answering.unanswered(found, actor);
    const flash = invite.round === flashPulseRound;
    if (flash !== !("progress" in input)) {
      throw new AppError("CONFLICT", "This pulse asks different questions. Reload the page to answer it.");
    }
    if (!pulseOpen(invite.round, invite.match.status)) {
      throw new AppError("CONFLICT", "This pairing has ended, so its pulse is closed.");
    }
    await answering.claim(
      tx.pulseInvite.updateMany({ where: { id: invite.id, userId: actor.id, respondedAt: null }, data: { respondedAt: now } }),
    );

    await tx.pulseAnswer.create({
      data: {
        programId: invite.programId,
        round: invite.round,
        side: invite.side,
        satisfaction: input.satisfaction,
        progress: "progress" in input ? input.progress : null,
        fit: "fit" in input ? input.fit : null,
        recommend: input.recommend,
        comment: input.comment ?? null,
      },
      select: { id: true },
    });

    const policy = (await loadCheckInPolicies([invite.programId], tx)).get(invite.programId)!;
    // A completed flash conversation needs no check-in, so only the running pairs' pulses can raise one.
    if ("progress" in input && isLowPulse(input, policy.lowPulseThreshold)) {
      await tx.queueSignal.createMany({
        data: [
          {
            programId: invite.programId,
            matchId: invite.matchId,
            kind: "LOW_PULSE",
            detail: lowPulseDetail(invite.round),
            dedupeKey: `pulse:${invite.matchId}:${invite.round}`,
            createdAt: now,
          },
        ],
        skipDuplicates: true,
      });
    }
    return { round: invite.round };
  }, queuedTransaction);
}
