import "server-only";
import { db } from "@/lib/db/client";
import { flashPairSummary, flashRoundStanding } from "@/lib/flash/flash-rules";

/**
 * For a member of a flash pair (the caller has checked membership): when the conversation
 * completes, or that it is complete and when the next round is. Null for other programme types.
 */
export async function flashPairNote(matchId: string, myRole: "MENTOR" | "MENTEE", now: Date): Promise<string | null> {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      status: true,
      startedAt: true,
      endedAt: true,
      menteeId: true,
      program: { select: { type: true, flashCompleteAfterDays: true, flashRoundsPerQuarter: true } },
    },
  });
  if (!match || match.program.type !== "FLASH") return null;
  const earlier = await db.match.findMany({
    where: { menteeId: match.menteeId, status: { in: ["COMPLETED", "ENDED"] } },
    select: { startedAt: true },
  });
  return flashPairSummary({
    status: match.status,
    startedAt: match.startedAt,
    endedAt: match.endedAt,
    completeAfterDays: match.program.flashCompleteAfterDays,
    myRole,
    standing: flashRoundStanding(
      earlier.map((e) => e.startedAt),
      match.program.flashRoundsPerQuarter,
      now,
    ),
  });
}
