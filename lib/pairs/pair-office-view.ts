import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { officeSessionFields } from "@/lib/sessions/session-fields";

/**
 * The programme office's view of one pair: only what the pair shares with it (session dates,
 * lengths, goals touched, usefulness, the agreement's signatures) and its confidential help
 * requests. No notes, progress, next steps or reflections are selected.
 */
export async function pairOfficeView(actor: Actor, programId: string, matchId: string) {
  requirePermission(actor, "checkins:read");
  const match = await db.match.findFirst({
    where: { id: matchId, programId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      program: { select: { id: true, name: true } },
      mentor: { select: { user: { select: { name: true, title: true, timeZone: true } } } },
      mentee: { select: { user: { select: { name: true, title: true, timeZone: true } } } },
      agreement: { select: { version: true, mentorSignedAt: true, menteeSignedAt: true, updatedAt: true } },
      goals: { orderBy: { dueOn: "asc" }, select: { id: true, title: true, status: true, progress: true, dueOn: true } },
      sessions: {
        where: { status: { in: ["SCHEDULED", "LOGGED"] } },
        orderBy: { occurredAt: "desc" },
        select: officeSessionFields,
      },
      helpRequests: {
        orderBy: { createdAt: "desc" },
        select: { id: true, message: true, createdAt: true, resolvedAt: true, raisedBy: { select: { name: true } } },
      },
    },
  });
  if (!match) throw new AppError("NOT_FOUND", "That pair is not in this programme.");
  const logged = match.sessions.filter((s) => s.status === "LOGGED");
  const rated = logged.filter((s) => s.usefulness !== null);
  return {
    ...match,
    sessions: match.sessions.map((s) => ({ ...s, goals: s.goals.map((g) => g.goal) })),
    summary: {
      logged: logged.length,
      booked: match.sessions.length - logged.length,
      minutes: logged.reduce((n, s) => n + s.durationMinutes, 0),
      averageUsefulness: rated.length > 0 ? rated.reduce((n, s) => n + (s.usefulness ?? 0), 0) / rated.length : null,
      lastSessionAt: logged[0]?.occurredAt ?? null,
    },
  };
}
