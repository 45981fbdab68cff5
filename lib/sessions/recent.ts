import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loggedOnly, officeSessionFields } from "@/lib/sessions/session-fields";

/**
 * The latest session logs across all programmes (or one), for the coordinator's check-in round:
 * only the fields pairs share with the programme office, never their notes.
 */
export async function recentSessions(actor: Actor, limit = 15, programId?: string) {
  requirePermission(actor, "checkins:read");
  return db.mentoringSession.findMany({
    where: programId ? { ...loggedOnly, match: { programId } } : loggedOnly,
    orderBy: { occurredAt: "desc" },
    take: limit,
    select: {
      ...officeSessionFields,
      match: {
        select: {
          id: true,
          programId: true,
          program: { select: { name: true } },
          mentor: { select: { user: { select: { name: true } } } },
          mentee: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
}
