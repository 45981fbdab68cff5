import {
  daysPerMonth,
  groupSize,
  matchComparisonGroup,
  type IndexedRecord,
  type PersonHistory,
  type StratumCount,
} from "@/lib/kpi/comparison-group";
import { kaplanMeier, monthlyCurve, survivalAt, z95, type CurvePoint, type SurvivalCurve } from "@/lib/kpi/kaplan-meier";

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

function rateAt(curve: SurvivalCurve, days: number, outcome: Outcome): RateWithError | null {
  const estimate = survivalAt(curve, days);
  if (!estimate) return null;
  // Retention is the survival itself; the promotion rate is its complement (promoted by then).
  if (outcome === "retention") return { rate: estimate.survival, standardError: estimate.standardError, ci95: estimate.ci95 };
  return {
    rate: 1 - estimate.survival,
    standardError: estimate.standardError,
    ci95: [1 - estimate.ci95[1], 1 - estimate.ci95[0]],
  };
}

/** One group's records, with its size and one survival curve per outcome, computed once for every horizon. */
interface Group {
  n: number;
  curves: Record<Outcome, SurvivalCurve>;
}

function groupOf(records: IndexedRecord[]): Group {
  const curve = (outcome: Outcome) =>
    kaplanMeier(records.map((r) => ({ time: r[outcome].time, event: r[outcome].event, weight: r.weight })));
  return { n: groupSize(records), curves: { retention: curve("retention"), promotion: curve("promotion") } };
}

function differenceOf(a: RateWithError, b: RateWithError): { difference: number; ci95: [number, number] } {
  const difference = a.rate - b.rate;
  const se = Math.sqrt(a.standardError ** 2 + b.standardError ** 2);
  return { difference, ci95: [difference - z95 * se, difference + z95 * se] };
}

function estimateAt(
  months: number,
  outcome: Outcome,
  groups: { treated: Group; control: Group; allTreated: Group; naive: Group },
  minimumGroupSize: number,
): Estimate {
  const { treated, control, allTreated, naive } = groups;
  const shown = (n: number) => (n >= minimumGroupSize ? n : null);
  if (treated.n < minimumGroupSize || control.n < minimumGroupSize || naive.n < minimumGroupSize) {
    return {
      status: "not-enough-data",
      months,
      reason: `Each group needs at least ${minimumGroupSize} people.`,
      participants: shown(treated.n),
      comparison: shown(control.n),
    };
  }
  const days = months * daysPerMonth;
  const p = rateAt(treated.curves[outcome], days, outcome);
  const c = rateAt(control.curves[outcome], days, outcome);
  const pAll = rateAt(allTreated.curves[outcome], days, outcome);
  const all = rateAt(naive.curves[outcome], days, outcome);
  if (!p || !c || !pAll || !all) {
    return {
      status: "not-enough-data",
      months,
      reason: `No one has been followed for ${months} months yet.`,
      participants: treated.n,
      comparison: control.n,
    };
  }
  const figure = (rate: RateWithError, n: number): GroupFigure => ({ n, rate: rate.rate, ci95: rate.ci95 });
  return {
    status: "estimated",
    months,
    participants: figure(p, treated.n),
    comparison: figure(c, control.n),
    ...differenceOf(p, c),
    // Naive: every participant, matched or not, against every non-participant.
    naive: { comparison: figure(all, naive.n), ...differenceOf(pAll, all) },
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
  const matched = matchComparisonGroup(people, options.asOf);
  const horizons = options.horizons ?? defaultHorizons;
  const groups = {
    treated: groupOf(matched.matchedParticipants),
    control: groupOf(matched.comparison),
    allTreated: groupOf(matched.participants),
    naive: {
      n: matched.naive.people,
      curves: { retention: kaplanMeier(matched.naive.retention), promotion: kaplanMeier(matched.naive.promotion) },
    },
  };
  const big = (group: Group) => group.n >= options.minimumGroupSize;
  const curveOf = (group: Group) => monthlyCurve(group.curves.retention, Math.max(...horizons), daysPerMonth);
  return {
    asOf: options.asOf,
    participants: groups.allTreated.n,
    matchedParticipants: groups.treated.n,
    comparisonPeople: groups.control.n,
    naiveComparisonPeople: groups.naive.n,
    strata: matched.strata,
    retention: horizons.map((m) => estimateAt(m, "retention", groups, options.minimumGroupSize)),
    promotion: horizons.map((m) => estimateAt(m, "promotion", groups, options.minimumGroupSize)),
    curves:
      big(groups.treated) && big(groups.control)
        ? { participants: curveOf(groups.treated), comparison: curveOf(groups.control) }
        : null,
  };
}
