import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";

/** Stops a live survey: nobody new is asked and unanswered invites take no more answers. */
export async function closeSurvey(actor: Actor, surveyId: string, now = new Date()): Promise<{ title: string }> {
  requirePermission(actor, "surveys:write");
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Survey", surveyId))) throw new AppError("NOT_FOUND", "That survey does not exist.");
    const survey = await tx.survey.findUniqueOrThrow({
      where: { id: surveyId },
      select: { title: true, status: true, kind: true },
    });
    if (survey.kind !== "PROGRAMME") throw new AppError("NOT_FOUND", "That survey does not exist.");
    if (survey.status === "DRAFT")
      throw new AppError("CONFLICT", "This survey has not started sending: delete the draft instead.");
    if (survey.status === "CLOSED") throw new AppError("CONFLICT", "This survey is already closed.");
    await tx.survey.update({ where: { id: surveyId }, data: { status: "CLOSED", closedAt: now }, select: { id: true } });
    return { title: survey.title };
  }, queuedTransaction);
}
