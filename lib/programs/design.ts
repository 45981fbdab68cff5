import "server-only";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { utcDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { findProgram } from "@/lib/programs/find-program";
import { transitionProblems } from "@/lib/programs/lifecycle";
import type { goalSchema, moveQuestionSchema, ProgramDetails, questionSchema, statusChangeSchema } from "@/lib/programs/schemas";
import { createProgram, slugify } from "@/lib/programs/programs";
import { resetSponsorSignOff, type SignedOffPart } from "@/lib/programs/sponsor/reset-sign-off";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

const toDate = (value: string | undefined) => (value ? utcDay(value) : null);

export async function getProgramDesign(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const program = await db.program.findUnique({
    where: { id: programId },
    include: {
      goals: { orderBy: { position: "asc" } },
      questions: { orderBy: { position: "asc" }, include: { _count: { select: { answers: true } } } },
      participants: { select: { role: true, status: true, capacity: true } },
      _count: { select: { matches: { where: { status: { in: [...placeHoldingStatuses] } } } } },
    },
  });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  const approved = program.participants.filter((p) => p.status === "APPROVED");
  const snapshot = {
    status: program.status,
    goals: program.goals.length,
    codeOfConduct: program.codeOfConduct,
    questions: program.questions.length,
    startDate: program.startDate,
    endDate: program.endDate,
    approvedMentors: approved.filter((p) => p.role === "MENTOR").length,
    approvedMentees: approved.filter((p) => p.role === "MENTEE").length,
    livePairs: program._count.matches,
    pendingApplications: program.participants.filter((p) => p.status === "APPLIED").length,
  };
  return { program, snapshot };
}

async function editable(programId: string) {
  const program = await findProgram({ id: programId }, { status: true });
  if (program.status === "CLOSED") throw new AppError("CONFLICT", "This programme is closed; duplicate it to run it again.");
  return program;
}

const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/** Saves the details; a change to the purpose, type or dates needs the sponsor's sign-off again. */
export async function updateProgramDetails(actor: Actor, input: ProgramDetails, now = new Date()): Promise<void> {
  requirePermission(actor, "programs:write");
  await editable(input.programId);
  const startDate = toDate(input.startDate);
  const endDate = toDate(input.endDate);
  await db.$transaction(async (tx) => {
    const before = await findProgram({ id: input.programId }, { purpose: true, type: true, startDate: true, endDate: true }, tx);
    await tx.program.update({
      where: { id: input.programId },
      data: {
        name: input.name,
        type: input.type,
        purpose: input.purpose,
        startDate,
        endDate,
        maxGroupSize: input.type === "GROUP" ? input.maxGroupSize : null,
        // Kept as they were for other types, so switching back to flash finds the last settings.
        flashCompleteAfterDays: input.type === "FLASH" ? (input.flashCompleteAfterDays ?? undefined) : undefined,
        flashRoundsPerQuarter: input.type === "FLASH" ? (input.flashRoundsPerQuarter ?? undefined) : undefined,
        targetMentors: input.targetMentors,
        targetMentees: input.targetMentees,
        meetingCadence: input.meetingCadence,
        codeOfConduct: input.codeOfConduct,
        scopeDepartmentIds: input.scopeDepartmentIds,
        scopeLocations: input.scopeLocations,
      },
    });
    const changed: SignedOffPart[] = [];
    if (before.purpose !== input.purpose) changed.push("purpose");
    if (before.type !== input.type) changed.push("type");
    if (!sameDay(before.startDate, startDate) || !sameDay(before.endDate, endDate)) changed.push("dates");
    await resetSponsorSignOff(tx, input.programId, changed, now);
  });
}

export async function addGoal(actor: Actor, input: z.output<typeof goalSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "programs:write");
  await editable(input.programId);
  await db.$transaction(async (tx) => {
    const last = await tx.programGoal.aggregate({ where: { programId: input.programId }, _max: { position: true } });
    await tx.programGoal.create({ data: { ...input, position: (last._max.position ?? 0) + 1 } });
    await resetSponsorSignOff(tx, input.programId, ["goals"], now);
  });
}

export async function removeGoal(actor: Actor, input: { id: string }, now = new Date()): Promise<void> {
  requirePermission(actor, "programs:write");
  const goal = await db.programGoal.findUnique({ where: { id: input.id }, select: { programId: true } });
  if (!goal) throw new AppError("NOT_FOUND", "That goal was already removed.");
  await editable(goal.programId);
  await db.$transaction(async (tx) => {
    const removed = await tx.programGoal.deleteMany({ where: { id: input.id } });
    if (removed.count === 0) throw new AppError("NOT_FOUND", "That goal was already removed.");
    await resetSponsorSignOff(tx, goal.programId, ["goals"], now);
  });
}

export async function addQuestion(actor: Actor, input: z.output<typeof questionSchema>): Promise<void> {
  requirePermission(actor, "programs:write");
  await editable(input.programId);
  const last = await db.applicationQuestion.aggregate({ where: { programId: input.programId }, _max: { position: true } });
  const choice = input.kind === "SINGLE_CHOICE" || input.kind === "MULTIPLE_CHOICE";
  await db.applicationQuestion.create({
    data: {
      ...input,
      options: choice ? input.options : [],
      useForMatching: choice && input.useForMatching,
      position: (last._max.position ?? 0) + 1,
    },
  });
}

export async function removeQuestion(actor: Actor, input: { id: string }): Promise<void> {
  requirePermission(actor, "programs:write");
  const question = await db.applicationQuestion.findUnique({
    where: { id: input.id },
    select: { programId: true, _count: { select: { answers: true } } },
  });
  if (!question) throw new AppError("NOT_FOUND", "That question was already removed.");
  await editable(question.programId);
  if (question._count.answers > 0)
    throw new AppError("CONFLICT", "People have already answered this question, so it stays; add a new one instead.");
  await db.applicationQuestion.delete({ where: { id: input.id } });
}

/** Swaps a question with its neighbour, so the form's order is what the coordinator sees. */
export async function moveQuestion(actor: Actor, input: z.output<typeof moveQuestionSchema>): Promise<void> {
  requirePermission(actor, "programs:write");
  const question = await db.applicationQuestion.findUnique({
    where: { id: input.id },
    select: { id: true, programId: true, position: true },
  });
  if (!question) throw new AppError("NOT_FOUND", "That question was removed.");
  await editable(question.programId);
  const neighbour = await db.applicationQuestion.findFirst({
    where: {
      programId: question.programId,
      position: input.direction === "up" ? { lt: question.position } : { gt: question.position },
    },
    orderBy: { position: input.direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return;
  await db.$transaction([
    db.applicationQuestion.update({ where: { id: question.id }, data: { position: neighbour.position } }),
    db.applicationQuestion.update({ where: { id: neighbour.id }, data: { position: question.position } }),
  ]);
}

export async function changeProgramStatus(actor: Actor, input: z.output<typeof statusChangeSchema>): Promise<void> {
  requirePermission(actor, "programs:write");
  const { snapshot } = await getProgramDesign(actor, input.programId);
  const problems = transitionProblems(snapshot, input.to);
  if (problems.length > 0) throw new AppError("CONFLICT", `Not yet: ${problems.join(" ")}`);
  const updated = await db.program.updateMany({
    where: { id: input.programId, status: snapshot.status },
    data: { status: input.to },
  });
  if (updated.count === 0)
    throw new AppError("CONFLICT", "Someone changed this programme's stage a moment ago. Refresh the page.");
  // Which programmes count (running or closed) is an input of the evaluation.
  await requestEvaluationRefresh(new Date());
}

/** A new draft with this programme's design (details, goals, form), as a template for the next cohort. */
/** "Name (copy)", then "Name (copy 2)" and so on: the first name no programme has yet. */
async function freeCopyName(name: string): Promise<string> {
  const stem = name.slice(0, 100);
  const taken = new Set(
    (await db.program.findMany({ where: { name: { startsWith: stem } }, select: { slug: true } })).map((p) => p.slug),
  );
  for (let n = 1; ; n += 1) {
    const candidate = `${stem} (copy${n === 1 ? "" : ` ${n}`})`;
    if (!taken.has(slugify(candidate))) return candidate;
  }
}

export async function duplicateProgram(actor: Actor, input: { id: string }): Promise<{ id: string; slug: string }> {
  requirePermission(actor, "programs:write");
  const source = await db.program.findUnique({
    where: { id: input.id },
    include: { goals: true, questions: true, budgetLines: true },
  });
  if (!source) throw new AppError("NOT_FOUND", "That programme does not exist.");
  const copyName = await freeCopyName(source.name);
  const copy = await createProgram(actor, {
    name: copyName,
    type: source.type,
    purpose: source.purpose,
    startDate: undefined,
    endDate: undefined,
  });
  await db.$transaction([
    db.program.update({
      where: { id: copy.id },
      data: {
        maxGroupSize: source.maxGroupSize,
        targetMentors: source.targetMentors,
        targetMentees: source.targetMentees,
        meetingCadence: source.meetingCadence,
        codeOfConduct: source.codeOfConduct,
        matchingMode: source.matchingMode,
        matchingConfig: source.matchingConfig ?? undefined,
        selfMatchRequestLimit: source.selfMatchRequestLimit,
        selfMatchResponseDays: source.selfMatchResponseDays,
        mentorResponsibilities: source.mentorResponsibilities,
        menteeResponsibilities: source.menteeResponsibilities,
        coordinatorResponsibilities: source.coordinatorResponsibilities,
        resourcesNeeded: source.resourcesNeeded,
        scopeDepartmentIds: source.scopeDepartmentIds,
        scopeLocations: source.scopeLocations,
      },
    }),
    db.budgetLine.createMany({
      data: source.budgetLines.map(({ description, category, amountCents }) => ({
        programId: copy.id,
        description,
        category,
        amountCents,
      })),
    }),
    db.programGoal.createMany({
      data: source.goals.map(({ title, objective, position }) => ({ programId: copy.id, title, objective, position })),
    }),
    db.applicationQuestion.createMany({
      data: source.questions.map(({ audience, kind, prompt, options, required, useForMatching, position }) => ({
        programId: copy.id,
        audience,
        kind,
        prompt,
        options,
        required,
        useForMatching,
        position,
      })),
    }),
  ]);
  return copy;
}
