import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The coordinator's view of one pair: who they are, and every check-in, snooze, resolve and help
 * request, newest first. Check-in notes and help requests are confidential to the programme
 * office, which is why this needs checkins:read.
 */
export async function getPairCheckInHistory(actor: Actor, matchId: string) {
  requirePermission(actor, "checkins:read");
  const pair = await db.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      program: { select: { id: true, name: true } },
      mentor: { select: { user: { select: { name: true } } } },
      mentee: { select: { user: { select: { name: true } } } },
      checkIns: {
        orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
        select: {
          id: true,
          heldOn: true,
          withWhom: true,
          channel: true,
          outcome: true,
          note: true,
          followUpOn: true,
          recordedBy: { select: { name: true } },
        },
      },
      checkInDecisions: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          kind: true,
          reason: true,
          snoozedUntil: true,
          createdAt: true,
          decidedBy: { select: { name: true } },
        },
      },
      helpRequests: {
        orderBy: { createdAt: "desc" },
        select: { id: true, message: true, createdAt: true, resolvedAt: true },
      },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND", "That pair does not exist.");
  return pair;
}
