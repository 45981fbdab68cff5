import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lastAnswerDay } from "@/lib/surveys/survey-rules";

export interface PendingSurvey {
  inviteId: string;
  title: string;
  programName: string;
  lastDay: Date;
}

/** The surveys the signed-in person has been asked and can still answer, the soonest to close first. */
export async function myPendingSurveys(actor: Actor, now = new Date()): Promise<PendingSurvey[]> {
  requirePermission(actor, "own-mentoring:read");
  const invites = await db.surveyInvite.findMany({
    where: { userId: actor.id, respondedAt: null, closesAt: { gt: now }, survey: { status: "LIVE" } },
    orderBy: { closesAt: "asc" },
    select: { id: true, closesAt: true, survey: { select: { title: true, program: { select: { name: true } } } } },
  });
  return invites.map((invite) => ({
    inviteId: invite.id,
    title: invite.survey.title,
    programName: invite.survey.program.name,
    lastDay: lastAnswerDay(invite.closesAt),
  }));
}
