import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { feedbackPeriodLabel } from "@/lib/surveys/feedback-rules";

export interface YouSaidWeDid {
  id: string;
  programName: string;
  periodLabel: string;
  youSaid: string;
  weDid: string;
  recordedAt: Date;
}

/**
 * What the programme office changed after feedback rounds the signed-in person belongs to: rounds
 * for the mentors (or mentees) of programmes they are an approved mentor (or mentee) in, whether
 * or not they answered, newest first.
 */
export async function myYouSaidWeDid(actor: Actor, limit = 10): Promise<YouSaidWeDid[]> {
  requirePermission(actor, "own-mentoring:read");
  const participations = await db.participation.findMany({
    where: { userId: actor.id, status: "APPROVED" },
    select: { programId: true, role: true },
  });
  if (participations.length === 0) return [];
  const actions = await db.feedbackAction.findMany({
    where: {
      round: {
        OR: participations.map(
          (p) => ({ programId: p.programId, audience: p.role === "MENTOR" ? "MENTORS" : "MENTEES" }) as const,
        ),
      },
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      youSaid: true,
      weDid: true,
      createdAt: true,
      round: { select: { period: true, program: { select: { name: true } } } },
    },
  });
  return actions.map((action) => ({
    id: action.id,
    programName: action.round.program.name,
    periodLabel: feedbackPeriodLabel(action.round.period),
    youSaid: action.youSaid,
    weDid: action.weDid,
    recordedAt: action.createdAt,
  }));
}
