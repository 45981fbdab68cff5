import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { SurveyQuestionShape } from "@/lib/surveys/survey-rules";
import { lastAnswerDay } from "@/lib/surveys/survey-rules";
import { answerableInviteFields, answerQuestionsField } from "@/lib/surveys/invite-fields";

export interface MySurvey {
  inviteId: string;
  title: string;
  intro: string;
  anonymous: boolean;
  programName: string;
  lastDay: Date;
  /** When the person answered, or null. */
  answeredAt: Date | null;
  /** Whether it still takes their answer. */
  open: boolean;
  questions: SurveyQuestionShape[];
  /** For a 360: whom the person rates, and as what. */
  rating: { subjectName: string; raterRole: "COLLEAGUE" | "MANAGER" } | null;
}

/** A survey the signed-in person was asked, with its questions; only the person asked may open it. */
export async function mySurvey(actor: Actor, inviteId: string, now = new Date()): Promise<MySurvey> {
  requirePermission(actor, "own-mentoring:read");
  const invite = await db.surveyInvite.findUnique({
    // Only the signed-in person's own invite is ever read.
    where: { id: inviteId, userId: actor.id },
    select: {
      ...answerableInviteFields,
      survey: {
        select: {
          subject: { select: { name: true } },
          title: true,
          intro: true,
          anonymous: true,
          status: true,
          program: { select: { name: true } },
          questions: answerQuestionsField,
        },
      },
    },
  });
  if (!invite) throw new AppError("NOT_FOUND", "That survey is not one of yours.");
  const { survey } = invite;
  return {
    inviteId: invite.id,
    title: survey.title,
    intro: survey.intro,
    anonymous: survey.anonymous,
    programName: survey.program.name,
    lastDay: lastAnswerDay(invite.closesAt),
    answeredAt: invite.respondedAt,
    open: !invite.respondedAt && survey.status === "LIVE" && invite.closesAt > now,
    questions: survey.questions,
    rating: survey.subject && invite.raterRole ? { subjectName: survey.subject.name, raterRole: invite.raterRole } : null,
  };
}
