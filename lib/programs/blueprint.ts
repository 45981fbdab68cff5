import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import { db } from "@/lib/db/client";
import { utcDay as day } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { findPlannableProgram } from "@/lib/programs/find-program";
import type {
  blueprintItemSchema,
  budgetLineSchema,
  communicationSchema,
  communicationSentSchema,
  responsibilitiesSchema,
  stageSchema,
} from "@/lib/programs/blueprint-schemas";
import { resetSponsorSignOff } from "@/lib/programs/sponsor/reset-sign-off";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

async function openProgram(actor: Actor, programId: string): Promise<void> {
  requirePermission(actor, "programs:write");
  await findPlannableProgram(programId);
}

export async function getBlueprint(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const [stages, budgetLines, communications, currency] = await Promise.all([
    db.programStage.findMany({ where: { programId }, orderBy: [{ startsOn: "asc" }, { createdAt: "asc" }] }),
    db.budgetLine.findMany({ where: { programId }, orderBy: { createdAt: "asc" } }),
    db.communicationItem.findMany({ where: { programId }, orderBy: [{ plannedOn: "asc" }, { createdAt: "asc" }] }),
    organizationCurrency(),
  ]);
  return {
    stages,
    budgetLines,
    communications,
    currency,
    budgetTotalCents: budgetLines.reduce((sum, line) => sum + line.amountCents, 0),
  };
}

export async function updateResponsibilities(actor: Actor, input: z.output<typeof responsibilitiesSchema>): Promise<void> {
  await openProgram(actor, input.programId);
  const { programId, ...data } = input;
  await db.program.update({ where: { id: programId }, data });
}

export async function addStage(actor: Actor, input: z.output<typeof stageSchema>): Promise<void> {
  await openProgram(actor, input.programId);
  const { startsOn, endsOn, ...stage } = input;
  await db.programStage.create({ data: { ...stage, startsOn: day(startsOn), endsOn: day(endsOn) } });
}

/** Adds a budget line; the budget is part of what the sponsor signed off, so they are asked again. */
export async function addBudgetLine(actor: Actor, input: z.output<typeof budgetLineSchema>, now = new Date()): Promise<void> {
  await openProgram(actor, input.programId);
  await db.$transaction(async (tx) => {
    await tx.budgetLine.create({
      data: { programId: input.programId, description: input.description, category: input.category, amountCents: input.amount },
    });
    await resetSponsorSignOff(tx, input.programId, ["budget"], now);
  });
  await requestEvaluationRefresh(now);
}

export async function addCommunication(actor: Actor, input: z.output<typeof communicationSchema>): Promise<void> {
  await openProgram(actor, input.programId);
  const { plannedOn, ...item } = input;
  await db.communicationItem.create({ data: { ...item, plannedOn: day(plannedOn) } });
}

export async function setCommunicationSent(
  actor: Actor,
  input: z.output<typeof communicationSentSchema>,
  now = new Date(),
): Promise<void> {
  requirePermission(actor, "programs:write");
  const updated = await db.communicationItem.updateMany({ where: { id: input.id }, data: { sentAt: input.sent ? now : null } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "That message was removed from the plan.");
}

/** Removes a stage, budget line or planned message; removing a budget line needs the sponsor's sign-off again. */
export async function removeBlueprintItem(
  actor: Actor,
  input: z.output<typeof blueprintItemSchema>,
  now = new Date(),
): Promise<void> {
  requirePermission(actor, "programs:write");
  if (input.kind === "budget") {
    await db.$transaction(async (tx) => {
      const line = await tx.budgetLine.findUnique({ where: { id: input.id }, select: { programId: true } });
      const removed = await tx.budgetLine.deleteMany({ where: { id: input.id } });
      if (!line || removed.count === 0) throw new AppError("NOT_FOUND", "That item was already removed.");
      await resetSponsorSignOff(tx, line.programId, ["budget"], now);
    });
    await requestEvaluationRefresh(now);
    return;
  }
  const removed =
    input.kind === "stage"
      ? await db.programStage.deleteMany({ where: { id: input.id } })
      : await db.communicationItem.deleteMany({ where: { id: input.id } });
  if (removed.count === 0) throw new AppError("NOT_FOUND", "That item was already removed.");
}
