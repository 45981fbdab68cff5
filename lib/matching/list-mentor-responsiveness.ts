import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadMentorResponsiveness } from "@/lib/matching/load-responsiveness";

/**
 * For the programme office: each approved mentor's median times to answer requests and confirm
 * sessions, unanswered requests and pause; paused mentors first, then the most unanswered.
 */
export async function listMentorResponsiveness(actor: Actor, programId: string, now = new Date()) {
  requirePermission(actor, "checkins:read");
  const program = await db.program.findUnique({ where: { id: programId }, select: { matchingMode: true } });
  if (!program) throw new AppError("NOT_FOUND", "That programme no longer exists.");
  const mentors = await loadMentorResponsiveness({ programId, status: "APPROVED" }, now);
  const limit = (await loadCheckInPolicies([programId])).get(programId)!.unansweredRequestLimit;
  mentors.sort(
    (a, b) =>
      Number(Boolean(b.pausedSince)) - Number(Boolean(a.pausedSince)) ||
      b.unanswered - a.unanswered ||
      a.name.localeCompare(b.name),
  );
  return { selfMatch: program.matchingMode === "SELF_MATCH", limit, mentors };
}
