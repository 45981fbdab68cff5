import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction, refuseDuplicate } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { SaveSurveyInput } from "@/lib/surveys/schemas";
import { sendDueSurveys } from "@/lib/surveys/send-due-surveys";
import { launchProblem } from "@/lib/surveys/survey-rules";

/**
 * Saves a survey the programme office is building, and with `launch` starts sending it. Questions
 * change only while it is a draft, so every answer belongs to the questions it was given. A
 * schedule whose moment has passed is refused at its field and nothing is saved. Once started,
 * whoever is due now is asked at once; everyone else when their day comes (the `surveys.send`
 * job).
 */
export async function saveSurvey(
  actor: Actor,
  input: SaveSurveyInput,
  now = new Date(),
): Promise<{ id: string; launched: boolean; invited: number }> {
  requirePermission(actor, "surveys:write");
  const fields = {
    title: input.title,
    intro: input.intro,
    anonymous: input.anonymous,
    audience: input.audience,
    trigger: input.trigger,
    offsetDays: input.trigger === "ON_DATE" ? 0 : input.offsetDays,
    sendOn: input.trigger === "ON_DATE" ? utcDay(input.sendOn) : null,
    openDays: input.openDays,
    template: input.template,
  };
  const questions = input.questions.map((question, position) => ({ ...question, position }));

  const saved = await refuseDuplicate(
    () =>
      db.$transaction(async (tx) => {
        const program = await tx.program.findUnique({
          where: { id: input.programId },
          select: { status: true, startDate: true, endDate: true },
        });
        if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
        if (program.status === "CLOSED") {
          throw new AppError("CONFLICT", "This programme has closed: it cannot send new surveys.");
        }
        const id = input.surveyId
          ? await replaceDraft(tx, input.surveyId, input.programId, fields, questions)
          : (
              await tx.survey.create({
                data: {
                  ...fields,
                  programId: input.programId,
                  requestKey: input.requestKey,
                  createdById: actor.id,
                  createdAt: now,
                  questions: { create: questions },
                },
                select: { id: true },
              })
            ).id;
        if (!input.launch) return { id, launched: false };
        const problem = launchProblem(fields, program, now);
        if (problem) {
          throw new AppError("INVALID_INPUT", "The survey cannot start on that schedule.", {
            [problem.field]: [problem.message],
          });
        }
        await tx.survey.update({ where: { id }, data: { status: "LIVE", launchedAt: now }, select: { id: true } });
        return { id, launched: true };
      }, queuedTransaction),
    () => new AppError("CONFLICT", "This survey has already been saved: open it from the Surveys tab."),
  );
  const invited = saved.launched ? (await sendDueSurveys(now, { surveyId: saved.id })).invited : 0;
  return { ...saved, invited };
}

async function replaceDraft(
  tx: Prisma.TransactionClient,
  surveyId: string,
  programId: string,
  fields: Omit<Prisma.SurveyUncheckedUpdateInput, "questions">,
  questions: Omit<Prisma.SurveyQuestionCreateManyInput, "surveyId">[],
): Promise<string> {
  await lockRow(tx, "Survey", surveyId);
  const current = await tx.survey.findUnique({ where: { id: surveyId }, select: { programId: true, status: true } });
  if (!current || current.programId !== programId) throw new AppError("NOT_FOUND", "That survey does not exist.");
  if (current.status !== "DRAFT") {
    throw new AppError(
      "CONFLICT",
      "This survey has started sending, so its questions are fixed. Close it and start a new one to ask something else.",
    );
  }
  await tx.survey.update({ where: { id: surveyId }, data: fields, select: { id: true } });
  await tx.surveyQuestion.deleteMany({ where: { surveyId } });
  await tx.surveyQuestion.createMany({ data: questions.map((question) => ({ ...question, surveyId })) });
  return surveyId;
}
