import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ProgramStatus } from "@/lib/db/generated/enums";
import type { CurvePoint } from "@/lib/kpi/kaplan-meier";
import type { Estimate } from "@/lib/kpi/effect";
import { minimumGroupSize } from "@/lib/kpi/health";
import { isMetricKey } from "@/lib/kpi/metrics";
import { loadOrganisationData, type OrganisationData } from "@/lib/kpi/organisation-data";
import { evaluatePrograms, type Input, type RoiSummary } from "@/lib/kpi/program-evaluation";
import { dashboardScope, readSnapshot, type Snapshot } from "@/lib/kpi/evaluation-snapshot";
import { elapsedShare, kpiStatus, type KpiStatus } from "@/lib/kpi/status";
import { suppressCounts } from "@/lib/kpi/suppression";
import { programSpanFields, programsPastDraft } from "@/lib/programs/program-fields";

/**
 * The executive ROI dashboard: aggregates only. Every count and average rests on at least
 * `minimumGroupSize` people (or ratings), and no total lets a withheld figure be worked out.
 */

export interface FunnelStage {
  stage: string;
  /** People at this stage across all programmes; null when under the minimum. */
  people: number | null;
}

export interface MonthActivity {
  month: string;
  label: string;
  sessions: number | null;
  /** Average 1–5 usefulness of the month's rated sessions; null under the minimum. */
  satisfaction: number | null;
  ratings: number | null;
}

export interface ProgramRow {
  id: string;
  name: string;
  status: ProgramStatus;
  participants: number | null;
  kpi: Record<KpiStatus, number> | null;
}

export interface ExecutiveDashboard {
  asOf: Date;
  hasHrData: boolean;
  participants: number | null;
  programs: ProgramRow[];
  roi: RoiSummary;
  retention: Estimate[];
  curves: { participants: CurvePoint[]; comparison: CurvePoint[] } | null;
  effectInputs: Input[];
  funnel: FunnelStage[];
  activity: MonthActivity[];
}

const monthsShown = 12;

/** The dashboard computed now from live data: slow at scale, so pages read the stored figures (readExecutiveDashboard). */
export async function executiveDashboard(actor: Actor, now = new Date()): Promise<ExecutiveDashboard> {
  requirePermission(actor, "dashboard:read");
  return computeExecutiveDashboard(now);
}

/** The dashboard as last computed by the evaluation.refresh job (or by its first reader), with when. */
export async function readExecutiveDashboard(actor: Actor): Promise<Snapshot<ExecutiveDashboard>> {
  requirePermission(actor, "dashboard:read");
  return readSnapshot(dashboardScope, computeExecutiveDashboard, reviveDashboard);
}

const reviveDashboard = (stored: ExecutiveDashboard): ExecutiveDashboard => ({ ...stored, asOf: new Date(stored.asOf) });

/** Every figure of the dashboard; the caller has checked the permission. */
export async function computeExecutiveDashboard(now: Date, organisation?: OrganisationData): Promise<ExecutiveDashboard> {
  const programs = await db.program.findMany({
    ...programsPastDraft(),
    select: {
      ...programSpanFields,
      _count: { select: { kpiRows: true } },
      participants: { where: { status: "APPROVED" }, select: { userId: true } },
    },
  });
  const ids = programs.map((p) => p.id);
  const data = organisation ?? (await loadOrganisationData(now));
  const overall = await evaluatePrograms(data, ids, null, now);

  // KPI status per programme, for programmes with a matrix.
  const kpi = new Map<string, Record<KpiStatus, number>>();
  for (const program of programs.filter((p) => p._count.kpiRows > 0)) {
    const evaluation = await evaluatePrograms(data, [program.id], program.id, now);
    const rows = await db.kpiRow.findMany({
      where: { programId: program.id },
      select: { metric: true, baseline: true, target: true },
    });
    const counts: Record<KpiStatus, number> = { met: 0, "on-track": 0, behind: 0, "not-enough-data": 0 };
    const elapsed = elapsedShare(program.startDate, program.endDate, now);
    for (const row of rows) {
      if (!isMetricKey(row.metric)) continue;
      counts[kpiStatus({ actual: evaluation.metrics[row.metric].value, baseline: row.baseline, target: row.target, elapsed })] +=
        1;
    }
    kpi.set(program.id, counts);
  }

  const participantCounts = programs.map((p) => new Set(p.participants.map((x) => x.userId)).size);
  const suppressed = suppressCounts(participantCounts, minimumGroupSize);
  const everyone = new Set(programs.flatMap((p) => p.participants.map((x) => x.userId))).size;

  const [invited, applied, matched, active, completed, months] = await Promise.all([
    db.invitation.findMany({ where: { programId: { in: ids } }, distinct: ["userId"], select: { userId: true } }),
    db.participation.findMany({ where: { programId: { in: ids } }, distinct: ["userId"], select: { userId: true } }),
    peopleInPairs(ids, ["ACTIVE", "COMPLETED", "ENDED"]),
    peopleInPairs(ids, ["ACTIVE"]),
    peopleInPairs(ids, ["COMPLETED"]),
    monthlyActivity(ids, now),
  ]);
  const shown = (n: number) => (n >= minimumGroupSize ? n : null);

  return {
    asOf: data.asOf,
    hasHrData: data.hasHrData,
    // The distinct total is shown only when the per-programme counts cannot be undone from it.
    participants: suppressed.total === null ? null : shown(everyone),
    programs: programs.map((p, k) => ({
      id: p.id,
      name: p.name,
      status: p.status,
      participants: suppressed.cells[k]!,
      kpi: kpi.get(p.id) ?? null,
    })),
    roi: overall.roi,
    retention: overall.effect.retention,
    curves: overall.effect.curves,
    effectInputs: [
      { label: "HR data up to", value: data.asOf.toISOString().slice(0, 10) },
      { label: "Participants employed on their start date", value: countText(overall.effect.participants) },
      { label: "Participants with a comparison in their stratum", value: countText(overall.effect.matchedParticipants) },
      { label: "Matched comparison people", value: countText(overall.effect.comparisonPeople) },
      { label: "All non-participants (naive comparison)", value: countText(overall.effect.naiveComparisonPeople) },
      { label: "Matched on", value: "department, level band (1–2, 3–4 …), tenure band (<1, 1–3, 3–5, 5+ years), location" },
    ],
    funnel: [
      { stage: "Invited", people: shown(invited.length) },
      { stage: "Applied", people: shown(applied.length) },
      { stage: "Matched", people: shown(matched) },
      { stage: "Active", people: shown(active) },
      { stage: "Completed", people: shown(completed) },
    ],
    activity: months,
  };
}

const countText = (n: number) => (n >= minimumGroupSize ? String(n) : `fewer than ${minimumGroupSize}`);

async function peopleInPairs(programIds: string[], statuses: ("ACTIVE" | "COMPLETED" | "ENDED")[]): Promise<number> {
  const pairs = await db.match.findMany({
    where: { programId: { in: programIds }, status: { in: statuses } },
    select: { mentor: { select: { userId: true } }, mentee: { select: { userId: true } } },
  });
  return new Set(pairs.flatMap((p) => [p.mentor.userId, p.mentee.userId])).size;
}

async function monthlyActivity(programIds: string[], now: Date): Promise<MonthActivity[]> {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (monthsShown - 1), 1));
  const rows = await db.$queryRaw<{ month: string; sessions: bigint; ratings: bigint; satisfaction: number | null }[]>`
    SELECT to_char(date_trunc('month', s."occurredAt"), 'YYYY-MM') AS month,
           count(*) AS sessions, count(s.usefulness) AS ratings, avg(s.usefulness)::float8 AS satisfaction
    FROM "MentoringSession" s JOIN "Match" m ON m.id = s."matchId"
    WHERE m."programId" = ANY(${programIds}::text[]) AND s.status = 'LOGGED'
      AND s."occurredAt" >= ${from} AND s."occurredAt" <= ${now}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: monthsShown }, (_, k) => {
    const start = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + k, 1));
    const month = start.toISOString().slice(0, 7);
    const row = byMonth.get(month);
    const sessions = Number(row?.sessions ?? 0);
    const ratings = Number(row?.ratings ?? 0);
    return {
      month,
      label: start.toLocaleDateString("en-GB", { month: "short", year: "2-digit", timeZone: "UTC" }),
      // A month with a handful of sessions is shown as withheld rather than as a count.
      sessions: sessions === 0 || sessions >= minimumGroupSize ? sessions : null,
      satisfaction: ratings >= minimumGroupSize ? (row?.satisfaction ?? null) : null,
      ratings: ratings >= minimumGroupSize ? ratings : null,
    };
  });
}
