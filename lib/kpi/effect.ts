import {
  daysPerMonth,
  groupSize,
  matchComparisonGroup,
  type IndexedRecord,
  type PersonHistory,
  type StratumCount,
} from "@/lib/kpi/comparison-group";
import { kaplanMeier, monthlyCurve, survivalAt, z95, type CurvePoint, type Observation } from "@/lib/kpi/kaplan-meier";

/** Retention and promotion of participants against their matched comparison group, with intervals. */

export interface GroupFigure {
  /** People in the group. */
  n: number;
  rate: number;
  ci95: [number, number];
}

export type Estimate =
  | {
      status: "estimated";
      months: number;
      participants: GroupFigure;
      comparison: GroupFigure;
      /** Participants minus matched comparison, in rate points (0.08 = 8 points). */
      difference: number;
      ci95: [number, number];
      /** Participants against every non-participant, without matching, for contrast. */
      naive: { comparison: GroupFigure; difference: number; ci95: [number, number] };
    }
  | {
      status: "not-enough-data";
      months: number;
      reason: string;
      /** Null when the group itself is under the minimum size, so a small count is not shown. */
      participants: number | null;
      comparison: number | null;
    };

type Outcome = "retention" | "promotion";

interface RateWithError {
  rate: number;
  standardError: number;
  ci95: [number, number];
}

function rateAt(observations: Observation[], days: number, outcome: Outcome): RateWithError | null {
  const estimate = survivalAt(kaplanMeier(observations), days);
  if (!estimate) return null;
  // Retention is the survival itself; the promotion rate is its complement (promoted by then).
  if (outcome === "retention") return { rate: estimate.survival, standardError: estimate.standardError, ci95: estimate.ci95 };
  return {
    rate: 1 - estimate.survival,
    standardError: estimate.standardError,
    ci95: [1 - estimate.ci95[1], 1 - estimate.ci95[0]],
  };
}

function differenceOf(a: RateWithError, b: RateWithError): { difference: number; ci95: [number, number] } {
  const difference = a.rate - b.rate;
  const se = Math.sqrt(a.standardError ** 2 + b.standardError ** 2);
  return { difference, ci95: [difference - z95 * se, difference + z95 * se] };
}

function estimateAt(
  months: number,
  outcome: Outcome,
  treated: IndexedRecord[],
  control: IndexedRecord[],
  allTreated: IndexedRecord[],
  naive: IndexedRecord[],
  minimumGroupSize: number,
): Estimate {
  const nTreated = groupSize(treated);
  const nControl = groupSize(control);
  const nNaive = groupSize(naive);
  const shown = (n: number) => (n >= minimumGroupSize ? n : null);
  if (nTreated < minimumGroupSize || nControl < minimumGroupSize || nNaive < minimumGroupSize) {
    return {
      status: "not-enough-data",
      months,
      reason: `Each group needs at least ${minimumGroupSize} people.`,
      participants: shown(nTreated),
      comparison: shown(nControl),
    };
  }
  const days = months * daysPerMonth;
  const observe = (records: IndexedRecord[]) => records.map((r) => ({ ...r[outcome], weight: r.weight }));
  const p = rateAt(observe(treated), days, outcome);
  const c = rateAt(observe(control), days, outcome);
  const pAll = rateAt(observe(allTreated), days, outcome);
  const all = rateAt(observe(naive), days, outcome);
  if (!p || !c || !pAll || !all) {
    return {
      status: "not-enough-data",
      months,
      reason: `No one has been followed for ${months} months yet.`,
      participants: nTreated,
      comparison: nControl,
    };
  }
  const figure = (rate: RateWithError, n: number): GroupFigure => ({ n, rate: rate.rate, ci95: rate.ci95 });
  return {
    status: "estimated",
    months,
    participants: figure(p, nTreated),
    comparison: figure(c, nControl),
    ...differenceOf(p, c),
    // Naive: every participant, matched or not, against every non-participant.
    naive: { comparison: figure(all, nNaive), ...differenceOf(pAll, all) },
  };
}

export interface EffectReport {
  asOf: Date;
  participants: number;
  matchedParticipants: number;
  comparisonPeople: number;
  naiveComparisonPeople: number;
  strata: StratumCount[];
  retention: Estimate[];
  promotion: Estimate[];
  /** Monthly retention curves with Greenwood bands; null when a group is under the minimum size. */
  curves: { participants: CurvePoint[]; comparison: CurvePoint[] } | null;
}

export const defaultHorizons = [6, 12, 24] as const;

export function estimateEffects(
  people: PersonHistory[],
  options: { asOf: Date; horizons?: readonly number[]; minimumGroupSize: number },
): EffectReport {
  const groups = matchComparisonGroup(people, options.asOf);
  const horizons = options.horizons ?? defaultHorizons;
  const treated = groups.matchedParticipants;
  const control = groups.comparison;
  const big = (records: IndexedRecord[]) => groupSize(records) >= options.minimumGroupSize;
  const curveOf = (records: IndexedRecord[]) =>
    monthlyCurve(kaplanMeier(records.map((r) => ({ ...r.retention, weight: r.weight }))), Math.max(...horizons), daysPerMonth);
  return {
    asOf: options.asOf,
    participants: groupSize(groups.participants),
    matchedParticipants: groupSize(treated),
    comparisonPeople: groupSize(control),
    naiveComparisonPeople: groupSize(groups.naiveComparison),
    strata: groups.strata,
    retention: horizons.map((m) =>
      estimateAt(m, "retention", treated, control, groups.participants, groups.naiveComparison, options.minimumGroupSize),
    ),
    promotion: horizons.map((m) =>
      estimateAt(m, "promotion", treated, control, groups.participants, groups.naiveComparison, options.minimumGroupSize),
    ),
    curves: big(treated) && big(control) ? { participants: curveOf(treated), comparison: curveOf(control) } : null,
  };
}
