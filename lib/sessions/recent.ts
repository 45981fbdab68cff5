import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The latest session logs across all programmes, for the coordinator's check-in round. */
export async function recentSessions(actor: Actor, limit = 15) {
  requirePermission(actor, "checkins:read");
  return db.mentoringSession.findMany({
    orderBy: { occurredAt: "desc" },
    take: limit,
    select: {
      id: true,
      occurredAt: true,
      durationMinutes: true,
      topic: true,
      progress: true,
      difficulties: true,
      match: {
        select: {
          program: { select: { name: true } },
          mentor: { select: { user: { select: { name: true } } } },
          mentee: { select: { user: { select: { name: true } } } },
        },
      },
    },
  });
}
