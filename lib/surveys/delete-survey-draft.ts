import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";

/** Deletes a survey that never started sending; one that asked anyone is closed instead, keeping its answers. */
export async function deleteSurveyDraft(actor: Actor, surveyId: string): Promise<{ programId: string; title: string }> {
  requirePermission(actor, "surveys:write");
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Survey", surveyId))) throw new AppError("NOT_FOUND", "That survey was already deleted.");
    const survey = await tx.survey.findUniqueOrThrow({
      where: { id: surveyId },
      select: { programId: true, title: true, status: true },
    });
    if (survey.status !== "DRAFT") {
      throw new AppError("CONFLICT", "This survey has started sending, so it is kept with its answers: close it instead.");
    }
    await tx.survey.delete({ where: { id: surveyId }, select: { id: true } });
    return { programId: survey.programId, title: survey.title || "Untitled survey" };
  }, queuedTransaction);
}
