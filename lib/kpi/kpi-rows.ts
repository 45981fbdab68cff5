// No "server-only" marker: the demo seed writes the matrix and assumptions through these verbs outside Next.
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import { findProgram } from "@/lib/programs/find-program";
import { metrics, toStored } from "@/lib/kpi/metrics";
import type { KpiRowValues } from "@/lib/kpi/schemas";
import { kpiTemplates, type KpiTemplateKey } from "@/lib/kpi/templates";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

async function requireProgram(programId: string): Promise<void> {
  await findProgram({ id: programId }, { id: true });
}

/** Adds a row to a programme's KPI matrix, or changes one (with rowId). */
export async function saveKpiRow(actor: Actor, input: KpiRowValues): Promise<{ measure: string }> {
  requirePermission(actor, "evaluation:write");
  await requireProgram(input.programId);
  if (input.goalId) {
    const goal = await db.programGoal.findFirst({
      where: { id: input.goalId, programId: input.programId },
      select: { id: true },
    });
    if (!goal)
      throw new AppError("INVALID_INPUT", "Choose one of this programme's goals.", {
        goalId: ["Choose one of this programme's goals."],
      });
  }
  const unit = metrics[input.metric].unit;
  const data = {
    goalId: input.goalId,
    measure: input.measure,
    metric: input.metric,
    audience: input.audience,
    level: input.level,
    horizon: input.horizon,
    baseline: input.baseline === null ? null : toStored(unit, input.baseline),
    target: toStored(unit, input.target),
    owner: input.owner,
  };
  try {
    if (input.rowId) {
      const updated = await db.kpiRow.updateMany({ where: { id: input.rowId, programId: input.programId }, data });
      if (updated.count === 0) throw new AppError("NOT_FOUND", "That row was deleted. Refresh the page.");
    } else {
      const last = await db.kpiRow.aggregate({ where: { programId: input.programId }, _max: { position: true } });
      await db.kpiRow.create({ data: { ...data, programId: input.programId, position: (last._max.position ?? 0) + 1 } });
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const message = "This measure is already in the matrix with the same computation.";
    throw new AppError("CONFLICT", message, { measure: [message] });
  }
  return { measure: input.measure };
}

export async function deleteKpiRow(actor: Actor, input: { programId: string; rowId: string }): Promise<void> {
  requirePermission(actor, "evaluation:write");
  // Deleting twice (a double click, two tabs) is not an error: the row is gone either way.
  await db.$transaction(async (tx) => {
    const row = await tx.kpiRow.findFirst({
      where: { id: input.rowId, programId: input.programId },
      select: { measure: true, program: { select: { name: true } } },
    });
    const removed = await tx.kpiRow.deleteMany({ where: { id: input.rowId, programId: input.programId } });
    if (row && removed.count === 1) {
      await recordAudit(tx, actor, {
        action: "kpi-row.deleted",
        target: { type: "Program", id: input.programId },
        summary: `Deleted the KPI row "${row.measure}" from ${row.program.name}`,
      });
    }
  });
}

/** Adds a template's rows; rows already in the matrix are left as they are, so applying twice adds nothing. */
export async function applyKpiTemplate(
  actor: Actor,
  input: { programId: string; template: KpiTemplateKey },
): Promise<{ added: number }> {
  requirePermission(actor, "evaluation:write");
  await requireProgram(input.programId);
  const template = kpiTemplates[input.template];
  const last = await db.kpiRow.aggregate({ where: { programId: input.programId }, _max: { position: true } });
  const start = last._max.position ?? 0;
  const { count } = await db.kpiRow.createMany({
    data: template.rows.map((row, k) => {
      const metric = metrics[row.metric];
      return {
        programId: input.programId,
        // Which goal a row serves is the coordinator's call: the matrix asks for it on every untied row.
        goalId: null,
        measure: row.measure,
        metric: row.metric,
        audience: metric.audience,
        level: metric.level,
        horizon: metric.horizon,
        target: toStored(metric.unit, row.target),
        owner: row.owner,
        position: start + k + 1,
      };
    }),
    skipDuplicates: true,
  });
  return { added: count };
}

export async function saveRoiAssumptions(
  actor: Actor,
  input: {
    programId: string;
    replacementCostShare: number;
    isolation: number;
    confidence: number;
    hourlyOverhead: number;
    coordinatorHours: number;
    coordinatorHourlyRate: number;
    intangibles: string[];
  },
  now = new Date(),
): Promise<void> {
  requirePermission(actor, "evaluation:write");
  await requireProgram(input.programId);
  const { programId, ...data } = input;
  try {
    await db.roiAssumptions.upsert({ where: { programId }, create: { programId, ...data }, update: data });
  } catch (error) {
    // Two saves racing to create the row: the second becomes an update.
    if (!isUniqueViolation(error)) throw error;
    await db.roiAssumptions.update({ where: { programId }, data });
  }
  await requestEvaluationRefresh(now);
}
