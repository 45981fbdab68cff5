import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * Answering an invite once, the same for surveys, pulses and feedback rounds: only the invited
 * person answers, and only while the invite is unanswered. The claim is a conditional update, so of
 * identical parallel submissions exactly one gets through; `what` words the refusals.
 */
export function answerOnce(what: { notYours: string; alreadyAnswered: string }) {
  const alreadyAnswered = () => new AppError("CONFLICT", what.alreadyAnswered);
  return {
    /** The actor's own invite, not answered yet; anyone else is told it does not exist. */
    unanswered<Invite extends { userId: string; respondedAt: Date | null }>(invite: Invite | null, actor: Actor): Invite {
      if (!invite || invite.userId !== actor.id) throw new AppError("NOT_FOUND", what.notYours);
      if (invite.respondedAt) throw alreadyAnswered();
      return invite;
    },
    /** Takes the conditional update that marks the invite answered; a submission that got there first refuses this one. */
    async claim(markAnswered: PromiseLike<{ count: number }>): Promise<void> {
      if ((await markAnswered).count === 0) throw alreadyAnswered();
    },
  };
}
