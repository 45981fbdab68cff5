import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { pairOfMember } from "@/lib/pairs/pair-access";
import { inviteFor, inviteSessionFields } from "@/lib/sessions/session-notices";

/** The current invite for one session, for either member to download and open in their calendar. */
export async function sessionIcs(actor: Actor, sessionId: string): Promise<{ filename: string; content: string }> {
  requirePermission(actor, "own-mentoring:read");
  const session = await db.mentoringSession.findUnique({
    where: { id: sessionId },
    select: inviteSessionFields,
  });
  if (!session) throw new AppError("NOT_FOUND", "That session no longer exists.");
  const pair = await pairOfMember(actor, session.matchId);
  const cancelled = session.status === "CANCELLED" || session.status === "DECLINED";
  return {
    filename: `mentoring-${session.occurredAt.toISOString().slice(0, 10)}.ics`,
    content: inviteFor(pair, session, cancelled),
  };
}
