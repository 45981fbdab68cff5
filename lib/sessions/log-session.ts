import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction } from "@/lib/db/conflicts";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { completeFlashPair } from "@/lib/flash/complete-flash-pair";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import { notifyPartner } from "@/lib/pairs/pair-notices";
import type { LogSessionInput } from "@/lib/sessions/schemas";
import { loggedSessionFields } from "@/lib/sessions/session-fields";
import { logBookedOrNew, loggedTime, orSameTimeConflict } from "@/lib/sessions/session-time";

/**
 * Either person logs a session that happened: a booked one in one step, or one that was never
 * booked. The notes go to the partner, the figures to the programme office, the reflection
 * to nobody but the author. In a flash programme the logged session completes the pair.
 */
export async function logSession(actor: Actor, input: LogSessionInput, now = new Date()): Promise<{ sessionId: string }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  const { start, durationMinutes } = loggedTime(input, pair.me.timeZone, now);
  const goals = await db.pairGoal.findMany({ where: { id: { in: input.goalIds }, matchId: pair.id }, select: { id: true } });
  if (goals.length !== new Set(input.goalIds).size) {
    throw new AppError("INVALID_INPUT", "Some fields need attention.", { goalIds: ["Choose goals from this pair's list."] });
  }
  const log = loggedSessionFields(
    input,
    { start, durationMinutes },
    actor.id,
    now,
  ) satisfies Prisma.MentoringSessionUncheckedUpdateManyInput;
  return orSameTimeConflict(
    db.$transaction(async (tx) => {
      // One log at a time per pair, re-checked under the lock: a flash pair completed by a
      // parallel log takes no second session.
      await lockRow(tx, "Match", pair.id);
      await activePairOfMember(actor, pair.id, tx);
      const sessionId = await logBookedOrNew(
        input.sessionId,
        (id) => tx.mentoringSession.updateMany({ where: { id, matchId: pair.id, status: "SCHEDULED" }, data: log }),
        () => tx.mentoringSession.create({ data: { matchId: pair.id, ...log }, select: { id: true } }),
      );
      if (goals.length > 0) {
        await tx.sessionGoal.createMany({ data: goals.map((g) => ({ sessionId, goalId: g.id })), skipDuplicates: true });
      }
      if (input.reflection) {
        await tx.sessionReflection.create({ data: { sessionId, authorId: actor.id, body: input.reflection } });
      }
      await notifyPartner(tx, pair, {
        kind: "SESSION",
        subject: `${actor.name} logged your mentoring session`,
        body: "Read the notes and confirm them, or add a correction, on your pair page.",
        dedupeKey: `session:${sessionId}:logged`,
      });
      // A flash pair is one conversation: logging it completes the pair (a no-op for other types).
      await completeFlashPair(tx, pair.id, "session-logged", now);
      return { sessionId };
    }, queuedTransaction),
  );
}
