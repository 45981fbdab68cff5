import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { answerOnce } from "@/lib/surveys/answer-once";
import type { AnswerSurveyInput } from "@/lib/surveys/schemas";
import { checkSurveyAnswers, responseBatch } from "@/lib/surveys/survey-rules";
import { minimumRaters } from "@/lib/surveys/three-sixty-rules";
import { answerableInviteFields, answerQuestionsField } from "@/lib/surveys/invite-fields";

const answering = answerOnce({
  notYours: "That survey is not one of yours.",
  alreadyAnswered: "You have already answered this survey. Thank you.",
});

/**
 * The person answers a survey they were asked, once. In one transaction: the answers are checked
 * against the questions (each error beside its question, nothing stored), the invite is marked
 * answered only if it was not (so of identical parallel submissions exactly one gets through), and
 * the response is stored. An anonymous survey's response carries no person and no time.
 */
export async function answerSurvey(actor: Actor, input: AnswerSurveyInput, now = new Date()): Promise<{ anonymous: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  return db.$transaction(async (tx) => {
    const found = await tx.surveyInvite.findUnique({
      where: { id: input.inviteId },
      select: {
        ...answerableInviteFields,
        survey: {
          select: {
            id: true,
            status: true,
            anonymous: true,
            questions: answerQuestionsField,
          },
        },
      },
    });
    const invite = answering.unanswered(found, actor);
    if (invite.survey.status !== "LIVE" || invite.closesAt <= now) {
      throw new AppError("CONFLICT", "This survey has closed, so it takes no more answers.");
    }
    const { answers, fieldErrors } = checkSurveyAnswers(invite.survey.questions, input.answers);
    if (Object.keys(fieldErrors).length > 0) {
      throw new AppError("INVALID_INPUT", "Some answers need another look.", fieldErrors);
    }
    await answering.claim(
      tx.surveyInvite.updateMany({ where: { id: invite.id, userId: actor.id, respondedAt: null }, data: { respondedAt: now } }),
    );
    const anonymous = invite.survey.anonymous;
    const raterRole = invite.raterRole;
    let batch: number | null = null;
    if (anonymous && raterRole !== "MANAGER") {
      // Answers are numbered one after another in groups: of five, or of three among a 360's colleagues.
      await lockRow(tx, "Survey", invite.survey.id);
      const earlier = await tx.surveyResponse.count({ where: { surveyId: invite.survey.id, raterRole } });
      batch = raterRole === "COLLEAGUE" ? responseBatch(earlier, minimumRaters) : responseBatch(earlier);
    }
    await tx.surveyResponse.create({
      data: {
        surveyId: invite.survey.id,
        respondentId: anonymous ? null : actor.id,
        submittedAt: anonymous ? null : now,
        batch,
        raterRole,
        sharedWithSubject: raterRole === "MANAGER" && input.shareWithSubject,
        answers: { create: answers },
      },
      select: { id: true },
    });
    return { anonymous };
  }, queuedTransaction);
}
