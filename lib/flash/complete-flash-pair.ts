import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { flashPulseRound } from "@/lib/flash/flash-rules";
import { notify } from "@/lib/notifications/notify";

export type FlashCompletion = "session-logged" | "days-passed";

/**
 * Completes one live flash pair inside the caller's transaction: the conversation is over, both
 * people get the two-question flash pulse, and the mentee is back in the pool for the next round
 * (the matcher reads completed pairs as free and never offers the same mentor again). The status
 * moves only from ACTIVE, so of parallel completions exactly one gets through and notifies.
 */
export async function completeFlashPair(
  tx: Prisma.TransactionClient,
  matchId: string,
  why: FlashCompletion,
  now: Date,
): Promise<boolean> {
  const changed = await tx.match.updateMany({
    where: { id: matchId, status: "ACTIVE", program: { type: "FLASH" } },
    data: {
      status: "COMPLETED",
      endedAt: now,
      endReason: why === "session-logged" ? "Conversation held" : "Time for the conversation ran out",
    },
  });
  if (changed.count === 0) return false;
  const pair = await tx.match.findUniqueOrThrow({
    where: { id: matchId },
    select: {
      programId: true,
      program: { select: { name: true } },
      mentor: { select: { userId: true, user: { select: { name: true } } } },
      mentee: { select: { userId: true, user: { select: { name: true } } } },
    },
  });
  const invites = await tx.pulseInvite.createManyAndReturn({
    data: (["MENTOR", "MENTEE"] as const).map((side) => ({
      programId: pair.programId,
      matchId,
      userId: (side === "MENTOR" ? pair.mentor : pair.mentee).userId,
      side,
      round: flashPulseRound,
      dueAt: now,
      createdAt: now,
    })),
    skipDuplicates: true,
    select: { id: true, side: true, userId: true },
  });
  await notify(
    tx,
    invites.map((invite) => {
      const partner = invite.side === "MENTOR" ? pair.mentee : pair.mentor;
      const next =
        invite.side === "MENTEE"
          ? " You are back in the pool for the next round, with someone new."
          : " You may be matched with someone new in the next round.";
      return {
        userId: invite.userId,
        kind: "SURVEY",
        subject: `Your flash conversation with ${partner.user.name} is complete`,
        body: `${pair.program.name}: two quick questions on how it went.${next}`,
        link: `/me/pulses/${invite.id}`,
        dedupeKey: `flash-complete:${matchId}:${invite.userId}`,
      };
    }),
  );
  return true;
}
