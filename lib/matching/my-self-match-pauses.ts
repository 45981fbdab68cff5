import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadMentorResponsiveness } from "@/lib/matching/load-responsiveness";

/** The programmes where the signed-in mentor is paused from self-match, with why and since when. */
export async function mySelfMatchPauses(actor: Actor, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  const mine = await loadMentorResponsiveness({ userId: actor.id, status: "APPROVED" }, now);
  return mine
    .filter((m) => m.pausedSince)
    .map((m) => ({
      participationId: m.participationId,
      programName: m.programName,
      unanswered: m.unanswered,
      limit: m.limit,
      pausedSince: m.pausedSince!,
    }));
}
