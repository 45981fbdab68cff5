import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import type { ProposeSessionInput } from "@/lib/sessions/schemas";
import { notifySessionChange } from "@/lib/sessions/session-notices";
import { orSameTimeConflict, plannedTime, sameTimeConflict } from "@/lib/sessions/session-time";

/** One person proposes a time; the other accepts, declines or proposes another. */
export async function proposeSession(actor: Actor, input: ProposeSessionInput, now = new Date()): Promise<{ sessionId: string }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  const { start, durationMinutes } = plannedTime(input, pair.me.timeZone, now);
  const plan = {
    occurredAt: start,
    durationMinutes,
    format: input.format,
    place: input.place,
    status: "PROPOSED" as const,
    proposedById: actor.id,
    proposedAt: now,
    acceptedAt: null,
  };
  return orSameTimeConflict(
    db.$transaction(async (tx) => {
      const existing = await tx.mentoringSession.findUnique({
        where: { matchId_occurredAt: { matchId: pair.id, occurredAt: start } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "CANCELLED" && existing.status !== "DECLINED") throw sameTimeConflict();
      // A time that was called off and is proposed again keeps its calendar UID, one version later.
      const session = existing
        ? await tx.mentoringSession.update({
            where: { id: existing.id },
            data: { ...plan, sequence: { increment: 1 } },
          })
        : await tx.mentoringSession.create({ data: { matchId: pair.id, ...plan } });
      await notifySessionChange(tx, pair, session, { event: "proposed", subject: `${actor.name} proposed a mentoring session` });
      return { sessionId: session.id };
    }),
  );
}
