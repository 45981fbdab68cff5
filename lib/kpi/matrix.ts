import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import Papa from "papaparse";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import { findProgram } from "@/lib/programs/find-program";
import { formatMetric, instrumentLabels, isMetricKey, levelLabels, metrics, toTyped, type MetricKey } from "@/lib/kpi/metrics";
import { programScope, readSnapshot, type Snapshot } from "@/lib/kpi/evaluation-snapshot";
import { evaluateProgram, reviveEvaluation, type Evaluation, type MetricValue } from "@/lib/kpi/program-evaluation";
import { elapsedShare, kpiStatus, kpiStatusLabels, type KpiStatus } from "@/lib/kpi/status";
import { programGoalsField, programSpanFields } from "@/lib/programs/program-fields";

export interface KpiMatrixRow {
  id: string;
  goal: { id: string; title: string } | null;
  measure: string;
  metric: MetricKey;
  metricLabel: string;
  method: string;
  instrument: string;
  audience: "PARTICIPANT" | "ORGANISATION";
  level: number;
  horizon: "SHORT_TERM" | "LONG_TERM";
  /** As the coordinator typed them (80 for 80 %), for editing. */
  baselineTyped: number | null;
  targetTyped: number;
  baselineText: string;
  targetText: string;
  actual: MetricValue;
  actualText: string;
  status: KpiStatus;
  owner: string;
}

export interface KpiMatrix {
  program: { id: string; name: string; status: string };
  goals: { id: string; title: string; objective: string }[];
  rows: KpiMatrixRow[];
  evaluation: Evaluation;
  /** When the actuals were computed, and whether an input changed since (a refresh is on its way). */
  figuresAsOf: Date;
  refreshing: boolean;
  /** The organisation's currency now, for money typed on the page (ROI assumptions). */
  currency: string;
}

const notComputedYet: MetricValue = {
  value: null,
  sampleSize: null,
  inputs: [],
  note: "Not computed yet: the next refresh of the figures adds it.",
};

/** A programme's KPI matrix with every actual computed now from live data and its inputs beside it. */
export async function getKpiMatrix(actor: Actor, programId: string, now = new Date()): Promise<KpiMatrix> {
  return kpiMatrix(actor, programId, now, async (id) => ({
    value: await evaluateProgram(id, now),
    computedAt: now,
    stale: false,
  }));
}

/** The KPI matrix with the actuals as last computed by the evaluation.refresh job (or by its first reader). */
export async function readKpiMatrix(actor: Actor, programId: string, now = new Date()): Promise<KpiMatrix> {
  return kpiMatrix(actor, programId, now, (id) =>
    readSnapshot(programScope(id), (at) => evaluateProgram(id, at), reviveEvaluation),
  );
}

async function kpiMatrix(
  actor: Actor,
  programId: string,
  now: Date,
  evaluationOf: (programId: string) => Promise<Snapshot<Evaluation>>,
): Promise<KpiMatrix> {
  requirePermission(actor, "evaluation:read");
  const program = await findProgram(
    { id: programId },
    {
      ...programSpanFields,
      goals: programGoalsField,
      kpiRows: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], include: { goal: { select: { id: true, title: true } } } },
    },
  );
  const [{ value: evaluation, computedAt, stale }, currency] = await Promise.all([
    evaluationOf(program.id),
    organizationCurrency(),
  ]);
  const elapsed = elapsedShare(program.startDate, program.endDate, now);
  const rows = program.kpiRows.flatMap((row): KpiMatrixRow[] => {
    if (!isMetricKey(row.metric)) return [];
    const metric = metrics[row.metric];
    // Figures stored before a metric existed lack it until the next refresh.
    const actual = evaluation.metrics[row.metric] ?? notComputedYet;
    return [
      {
        id: row.id,
        goal: row.goal,
        measure: row.measure,
        metric: row.metric,
        metricLabel: metric.label,
        method: metric.method,
        instrument: instrumentLabels[metric.instrument],
        audience: row.audience,
        level: row.level,
        horizon: row.horizon,
        baselineTyped: row.baseline === null ? null : toTyped(metric.unit, row.baseline),
        targetTyped: toTyped(metric.unit, row.target),
        baselineText: formatMetric(metric.unit, row.baseline),
        targetText: formatMetric(metric.unit, row.target),
        actual,
        actualText: actual.value === null ? "Not enough data" : formatMetric(metric.unit, actual.value),
        status: kpiStatus({ actual: actual.value, baseline: row.baseline, target: row.target, elapsed }),
        owner: row.owner,
      },
    ];
  });
  return {
    program: { id: program.id, name: program.name, status: program.status },
    goals: program.goals,
    rows,
    evaluation,
    figuresAsOf: computedAt,
    refreshing: stale,
    currency,
  };
}

const audienceLabels = { PARTICIPANT: "Participants", ORGANISATION: "Organisation" } as const;
const horizonLabels = { SHORT_TERM: "Short term", LONG_TERM: "Long term" } as const;

/** The matrix as CSV; cells that a spreadsheet would run as a formula are escaped. */
export async function exportKpiMatrixCsv(
  actor: Actor,
  programId: string,
  now = new Date(),
): Promise<{ name: string; csv: string }> {
  const matrix = await readKpiMatrix(actor, programId, now);
  await recordAudit(
    db,
    actor,
    {
      action: "evaluation.exported",
      target: { type: "Program", id: programId },
      summary: `Exported the KPI matrix of ${matrix.program.name}`,
    },
    now,
  );
  const csv = Papa.unparse(
    {
      fields: [
        "Goal",
        "Measure",
        "Computed as",
        "Instrument",
        "Audience",
        "Level",
        "Horizon",
        "Baseline",
        "Target",
        "Actual",
        "Based on",
        "Status",
        "Owner",
      ],
      data: matrix.rows.map((row) => [
        row.goal?.title ?? "",
        row.measure,
        row.metricLabel,
        row.instrument,
        audienceLabels[row.audience],
        levelLabels[row.level] ?? String(row.level),
        horizonLabels[row.horizon],
        row.baselineText === "—" ? "" : row.baselineText,
        row.targetText,
        row.actualText,
        row.actual.sampleSize === null ? (row.actual.note ?? "") : String(row.actual.sampleSize),
        kpiStatusLabels[row.status],
        row.owner,
      ]),
    },
    { escapeFormulae: true, newline: "\r\n" },
  );
  return { name: matrix.program.name, csv: `${csv}\r\n` };
}

export { audienceLabels, horizonLabels };
