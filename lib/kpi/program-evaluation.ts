import "server-only";
import { db } from "@/lib/db/client";
import { formatDate, formatMoney } from "@/lib/format";
import type { EffectReport, Estimate } from "@/lib/kpi/effect";
import { estimateEffectsRemembered } from "@/lib/kpi/effect-memo";
import { loadFeedbackFigures } from "@/lib/kpi/feedback-figures";
import { feedbackMetrics } from "@/lib/kpi/feedback-metrics";
import { minimumGroupSize, programHealth } from "@/lib/kpi/health";
import type { MetricKey } from "@/lib/kpi/metrics";
import { historiesFor, loadOrganisationData, type OrganisationData } from "@/lib/kpi/organisation-data";
import { loadPairSummaries } from "@/lib/kpi/pair-summaries";
import {
  defaultRoiAssumptions,
  roiRange,
  roiSensitivity,
  type RoiAssumptions,
  type RoiInput,
  type RoiRange,
  type SensitivityRow,
} from "@/lib/kpi/roi";

/** One programme's (or, with null, every programme's) evaluation: effects, ROI and each metric's actual with its inputs. */

export interface Input {
  label: string;
  value: string;
}

export interface MetricValue {
  value: number | null;
  /** People (or ratings) the figure rests on; null when withheld. */
  sampleSize: number | null;
  inputs: Input[];
  note: string | null;
}

export interface RoiAssumptionSet extends RoiAssumptions {
  coordinatorHours: number;
  coordinatorHourlyRate: number;
  intangibles: string[];
}

export type RoiSummary =
  | {
      status: "estimated";
      /** The organisation's currency, which every money figure here is in. */
      currency: string;
      range: RoiRange;
      sensitivity: SensitivityRow[];
      input: RoiInput;
      budget: number;
      coordinatorCost: number;
      assumptions: RoiAssumptionSet;
      inputs: Input[];
    }
  | { status: "not-enough-data"; reason: string; assumptions: RoiAssumptionSet };

export interface Evaluation {
  effect: EffectReport;
  roi: RoiSummary;
  metrics: Record<MetricKey, MetricValue>;
}

const share = (value: number) => `${Math.round(value * 100)}%`;
export const sessionPeople = 2;
/** The horizon the ROI and the matrix's HR metrics use. */
export const roiMonths = 12;

function effectInputs(effect: EffectReport, estimate: Estimate): Input[] {
  const base: Input[] = [
    { label: "HR data up to", value: formatDate(effect.asOf) },
    { label: "Participants employed on their start date", value: withheldCount(effect.participants) },
    { label: "Participants with a comparison in their stratum", value: withheldCount(effect.matchedParticipants) },
    { label: "Matched comparison people", value: withheldCount(effect.comparisonPeople) },
    { label: "All non-participants (naive comparison)", value: withheldCount(effect.naiveComparisonPeople) },
  ];
  if (estimate.status !== "estimated") return [...base, { label: "Why no figure", value: estimate.reason }];
  return [
    ...base,
    {
      label: "Participants",
      value: `${share(estimate.participants.rate)} (95% interval ${share(estimate.participants.ci95[0])}–${share(estimate.participants.ci95[1])})`,
    },
    {
      label: "Matched comparison",
      value: `${share(estimate.comparison.rate)} (95% interval ${share(estimate.comparison.ci95[0])}–${share(estimate.comparison.ci95[1])})`,
    },
    { label: "Difference, 95% interval", value: `${points(estimate.ci95[0])} to ${points(estimate.ci95[1])}` },
    { label: "Naive difference (all non-participants)", value: points(estimate.naive.difference) },
  ];
}

const points = (value: number) => `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)} points`;
const withheldCount = (n: number) => (n >= minimumGroupSize ? String(n) : `fewer than ${minimumGroupSize}`);

/** One programme's evaluation from live data. */
export async function evaluateProgram(programId: string, now: Date): Promise<Evaluation> {
  return evaluatePrograms(await loadOrganisationData(now), [programId], programId, now);
}

/** Stored evaluations keep dates as text; this gives them back as dates. */
export const reviveEvaluation = (stored: Evaluation): Evaluation => ({
  ...stored,
  effect: { ...stored.effect, asOf: new Date(stored.effect.asOf) },
});

export async function evaluatePrograms(
  data: OrganisationData,
  programIds: string[],
  scope: string | null,
  now: Date,
): Promise<Evaluation> {
  // Counted and summed by the database: no request reads a row per session.
  const [mentees, budgetTotal, pairs, sessionTotals, assumptionRows, feedback] = await Promise.all([
    db.participation.count({ where: { programId: { in: programIds }, status: "APPROVED", role: "MENTEE" } }),
    db.budgetLine.aggregate({ where: { programId: { in: programIds } }, _sum: { amountCents: true } }),
    loadPairSummaries(programIds, now),
    db.mentoringSession.aggregate({
      where: { match: { programId: { in: programIds } } },
      _avg: { usefulness: true },
      _count: { usefulness: true },
      _sum: { durationMinutes: true },
    }),
    db.roiAssumptions.findMany({ where: { programId: { in: programIds } } }),
    loadFeedbackFigures(programIds),
  ]);

  const histories = historiesFor(data, scope);
  const effect = estimateEffectsRemembered(histories, { asOf: data.asOf, minimumGroupSize });
  const retention12 = effect.retention.find((e) => e.months === roiMonths)!;
  const promotion12 = effect.promotion.find((e) => e.months === roiMonths)!;

  // Sessions and matching.
  const health = programHealth(mentees, pairs, now);
  const ratings = sessionTotals._count.usefulness;
  const sessions = pairs.reduce((n, p) => n + p.sessions, 0);
  const runningPairs = pairs.filter((p) => p.status === "ACTIVE" || p.status === "COMPLETED").length;

  // Costs and assumptions: one programme's own, or the participant-weighted mix across several.
  const participantsOf = (programId: string) => data.starts.get(programId)?.size ?? 0;
  const weightTotal = programIds.reduce((n, id) => n + participantsOf(id), 0);
  const weighted = (pick: (a: RoiAssumptionSet) => number) =>
    programIds.length === 1 || weightTotal === 0
      ? pick(assumptionsOf(programIds[0]))
      : programIds.reduce((sum, id) => sum + pick(assumptionsOf(id)) * participantsOf(id), 0) / weightTotal;
  function assumptionsOf(programId: string | undefined): RoiAssumptionSet {
    const row = assumptionRows.find((a) => a.programId === programId);
    return row
      ? { ...row, intangibles: row.intangibles }
      : { ...defaultRoiAssumptions, coordinatorHours: 0, coordinatorHourlyRate: 0, intangibles: [] };
  }
  const assumptions: RoiAssumptionSet = {
    replacementCostShare: weighted((a) => a.replacementCostShare),
    isolation: weighted((a) => a.isolation),
    confidence: weighted((a) => a.confidence),
    hourlyOverhead: weighted((a) => a.hourlyOverhead),
    coordinatorHours: programIds.reduce((n, id) => n + assumptionsOf(id).coordinatorHours, 0),
    coordinatorHourlyRate: weighted((a) => a.coordinatorHourlyRate),
    intangibles: [...new Set(programIds.flatMap((id) => assumptionsOf(id).intangibles))],
  };
  const budget = (budgetTotal._sum.amountCents ?? 0) / 100;
  const coordinatorCost = programIds.reduce(
    (n, id) => n + assumptionsOf(id).coordinatorHours * assumptionsOf(id).coordinatorHourlyRate,
    0,
  );
  const sessionHours = ((sessionTotals._sum.durationMinutes ?? 0) / 60) * sessionPeople;

  const participantIds = new Set(histories.filter((p) => p.participationStart).map((p) => p.id));
  const salaries = data.people.filter((p) => participantIds.has(p.id) && p.salary !== null).map((p) => p.salary!);
  let roi: RoiSummary;
  if (retention12.status !== "estimated") {
    roi = { status: "not-enough-data", reason: retention12.reason, assumptions };
  } else if (salaries.length < minimumGroupSize) {
    roi = {
      status: "not-enough-data",
      reason: `ROI needs the salary of at least ${minimumGroupSize} participants.`,
      assumptions,
    };
  } else {
    const averageSalary = salaries.reduce((a, b) => a + b, 0) / salaries.length;
    const input: RoiInput = {
      retentionDifference: { expected: retention12.difference, low: retention12.ci95[0], high: retention12.ci95[1] },
      participants: retention12.participants.n,
      averageSalary,
      programCosts: budget + coordinatorCost,
      sessionHours,
      months: roiMonths,
      assumptions,
    };
    const range = roiRange(input);
    const money = (value: number) => formatMoney(value, data.currency);
    roi = {
      status: "estimated",
      currency: data.currency,
      range,
      sensitivity: roiSensitivity(input),
      input,
      budget,
      coordinatorCost,
      assumptions,
      inputs: [
        {
          label: "Matched 12-month retention difference",
          value: `${points(retention12.difference)} (95% interval ${points(retention12.ci95[0])} to ${points(retention12.ci95[1])})`,
        },
        { label: "Matched participants", value: String(retention12.participants.n) },
        { label: "Voluntary exits avoided", value: range.expected.avoidedExits.toFixed(1) },
        { label: "Average participant salary", value: `${money(averageSalary)} (${salaries.length} salaries on record)` },
        { label: "Replacement cost", value: `${share(assumptions.replacementCostShare)} of a year's salary` },
        { label: "Isolation (share credited to mentoring)", value: share(assumptions.isolation) },
        { label: "Confidence in the estimate", value: share(assumptions.confidence) },
        { label: "Monetised benefits", value: money(range.expected.benefits) },
        { label: "Budget lines", value: money(budget) },
        { label: "Coordinator time", value: `${assumptions.coordinatorHours} h, ${money(coordinatorCost)}` },
        {
          label: "Session time",
          value: `${sessionHours.toFixed(0)} h (both people) at ${money(range.expected.loadedHourlyRate)} an hour incl. ${share(assumptions.hourlyOverhead)} overhead, ${money(range.expected.sessionCost)}`,
        },
        { label: "Fully loaded costs", value: money(range.expected.costs) },
      ],
    };
  }

  const notEnough = (note: string): MetricValue => ({ value: null, sampleSize: null, inputs: [], note });
  const fromEstimate = (estimate: Estimate, pick: "rate" | "difference"): MetricValue => ({
    value: estimate.status === "estimated" ? (pick === "rate" ? estimate.participants.rate : estimate.difference) : null,
    sampleSize: estimate.status === "estimated" ? estimate.participants.n : null,
    inputs: effectInputs(effect, estimate),
    note: !data.hasHrData ? "No HR data imported yet." : estimate.status === "estimated" ? null : estimate.reason,
  });
  const metrics: Record<MetricKey, MetricValue> = {
    MATCH_RATE:
      mentees >= minimumGroupSize
        ? {
            value: health.matchRate,
            sampleSize: mentees,
            inputs: [
              { label: "Approved mentees", value: String(mentees) },
              { label: "Mentees in a live or finished pair", value: String(Math.round((health.matchRate ?? 0) * mentees)) },
            ],
            note: null,
          }
        : notEnough(`Fewer than ${minimumGroupSize} approved mentees.`),
    ACTIVE_PAIR_SHARE:
      health.livePairs >= minimumGroupSize
        ? {
            value: health.activePairs / health.livePairs,
            sampleSize: health.livePairs,
            inputs: [
              { label: "Live pairs", value: String(health.livePairs) },
              { label: "Met in the last 30 days", value: String(health.activePairs) },
            ],
            note: null,
          }
        : notEnough(`Fewer than ${minimumGroupSize} live pairs.`),
    SESSIONS_PER_PAIR_MONTH:
      runningPairs >= minimumGroupSize
        ? {
            value: health.sessionsPerPairPerMonth,
            sampleSize: runningPairs,
            inputs: [
              { label: "Running or finished pairs", value: String(runningPairs) },
              { label: "Sessions logged", value: String(sessions) },
            ],
            note: null,
          }
        : notEnough(`Fewer than ${minimumGroupSize} running pairs.`),
    SESSION_USEFULNESS:
      ratings >= minimumGroupSize
        ? {
            value: sessionTotals._avg.usefulness,
            sampleSize: ratings,
            inputs: [{ label: "Sessions rated", value: String(ratings) }],
            note: null,
          }
        : notEnough(`Fewer than ${minimumGroupSize} sessions rated.`),
    ...feedbackMetrics(feedback),
    RETENTION_12M: fromEstimate(retention12, "rate"),
    RETENTION_DIFFERENCE_12M: fromEstimate(retention12, "difference"),
    PROMOTION_RATE_12M: fromEstimate(promotion12, "rate"),
    PROMOTION_DIFFERENCE_12M: fromEstimate(promotion12, "difference"),
    ROI_PERCENT:
      roi.status === "estimated"
        ? {
            value: roi.range.expected.roiPercent === null ? null : roi.range.expected.roiPercent / 100,
            sampleSize: roi.input.participants,
            inputs: roi.inputs,
            note: null,
          }
        : notEnough(roi.reason),
  };
  return { effect, roi, metrics };
}
