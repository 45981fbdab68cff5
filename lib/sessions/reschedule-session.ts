import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import type { RescheduleSessionInput } from "@/lib/sessions/schemas";
import { notifySessionChange } from "@/lib/sessions/session-notices";
import { orSameTimeConflict, plannedTime } from "@/lib/sessions/session-time";

/**
 * Moves a proposed or agreed session to another time: a counter-proposal or a reschedule. The
 * other person then accepts the new time; the calendar event keeps its UID with a higher SEQUENCE.
 */
export async function rescheduleSession(
  actor: Actor,
  input: RescheduleSessionInput,
  now = new Date(),
): Promise<{ sessionId: string }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await sessionOfMember(actor, input.sessionId);
  const { start, durationMinutes } = plannedTime(input, pair.me.timeZone, now);
  return orSameTimeConflict(
    db.$transaction(async (tx) => {
      const current = await tx.mentoringSession.findUniqueOrThrow({
        where: { id: input.sessionId },
        select: { sequence: true, status: true },
      });
      // Only the version the person saw moves: a concurrent change wins and this one is refused.
      const moved = await tx.mentoringSession.updateMany({
        where: { id: input.sessionId, status: { in: ["PROPOSED", "SCHEDULED"] }, sequence: current.sequence },
        data: {
          occurredAt: start,
          durationMinutes,
          format: input.format,
          place: input.place,
          status: "PROPOSED",
          proposedById: actor.id,
          proposedAt: now,
          acceptedAt: null,
          sequence: { increment: 1 },
        },
      });
      if (moved.count === 0) {
        throw new AppError("CONFLICT", "This session was changed or called off meanwhile. Reload the page to see it.");
      }
      const session = await tx.mentoringSession.findUniqueOrThrow({ where: { id: input.sessionId } });
      await notifySessionChange(tx, pair, session, {
        event: "moved",
        subject: `${actor.name} proposed a new time for your mentoring session`,
      });
      return { sessionId: session.id };
    }),
  );
}
