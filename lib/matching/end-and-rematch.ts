import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { matchKeyFields } from "@/lib/matching/my-match";
import { holdsPlace, placeHoldingStatuses } from "@/lib/matching/statuses";
import { putPairConstraint } from "@/lib/matching/pair-constraint";
import type { endMatchSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

/** Ends a live pair that is not working; the mentee goes back into the pool, never to this mentor. */
export async function endAndRematch(actor: Actor, input: z.output<typeof endMatchSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "matching:write");
  const match = await db.match.findUnique({
    where: { id: input.matchId },
    select: {
      ...matchKeyFields,
      program: { select: { name: true } },
      mentee: { select: { userId: true } },
      mentor: { select: { userId: true } },
    },
  });
  if (!match || !holdsPlace(match.status)) throw new AppError("CONFLICT", "This pair has already ended. Refresh the page.");
  await db.$transaction(async (tx) => {
    // Conditional: of identical parallel calls only the first ends the pair and tells the two people.
    const ended = await tx.match.updateMany({
      where: { id: match.id, status: { in: [...placeHoldingStatuses] } },
      data: { status: "ENDED", endedAt: now, endReason: input.reason },
    });
    if (ended.count === 0) throw new AppError("CONFLICT", "This pair has already ended. Refresh the page.");
    await putPairConstraint(tx, { programId: match.programId, menteeId: match.menteeId, mentorId: match.mentorId }, "FORBID");
    await notify(
      tx,
      [match.mentee.userId, match.mentor.userId].map((userId) => ({
        userId,
        subject: `Your ${match.program.name} pairing has ended`,
        body: "Your coordinator ended this pairing so each of you can be matched with someone who fits better. Thank you for the time you gave it.",
        link: "/me/mentoring",
        dedupeKey: `pair-ended:${match.id}:${userId}`,
      })),
    );
  });
  await requestEvaluationRefresh(now);
}
