/**
 * Kaplan–Meier survival with Greenwood's variance, on (optionally weighted) follow-up times.
 * Pure: the retention figures on the dashboard and from `npm run evaluate` are computed here.
 */

export interface Observation {
  /** Days from the index date to the event or to censoring; 0 or more. */
  time: number;
  /** True when the event (a voluntary exit, a promotion) happened at `time`; false when censored. */
  event: boolean;
  /** Matching weight; 1 when omitted. */
  weight?: number;
}

export interface SurvivalStep {
  time: number;
  /** Weighted number at risk just before `time`. */
  atRisk: number;
  events: number;
  survival: number;
  /** Greenwood's sum Σ d / (n (n − d)) up to and including `time`. */
  greenwood: number;
}

export interface SurvivalCurve {
  steps: SurvivalStep[];
  /** The longest follow-up observed: beyond it the curve is not estimated. */
  maxTime: number;
  /** Number of observations given (unweighted; a counted observation, weight = count, is one). */
  n: number;
}

export interface SurvivalEstimate {
  survival: number;
  standardError: number;
  ci95: [number, number];
}

export const z95 = 1.959963984540054;

export function kaplanMeier(observations: Observation[]): SurvivalCurve {
  // Bucketed by time rather than sorted one by one: a comparison group holds millions of
  // observations but only a few thousand distinct times. Within a time the observations keep their
  // order, as a stable sort would, so the sums are the same.
  const byTime = new Map<number, { leaving: number; events: number }>();
  let maxTime = 0;
  for (const o of observations) {
    const weight = o.weight ?? 1;
    let bucket = byTime.get(o.time);
    if (!bucket) {
      bucket = { leaving: 0, events: 0 };
      byTime.set(o.time, bucket);
    }
    bucket.leaving += weight;
    if (o.event) bucket.events += weight;
    if (o.time > maxTime) maxTime = o.time;
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  let atRisk = times.reduce((sum, time) => sum + byTime.get(time)!.leaving, 0);
  let survival = 1;
  let greenwood = 0;
  const steps: SurvivalStep[] = [];
  for (const time of times) {
    const { leaving, events } = byTime.get(time)!;
    if (events > 0) {
      survival *= 1 - events / atRisk;
      // With everyone leaving at once the variance term is undefined; survival is then 0 and so is its variance.
      greenwood += atRisk > events ? events / (atRisk * (atRisk - events)) : 0;
      steps.push({ time, atRisk, events, survival, greenwood });
    }
    atRisk -= leaving;
  }
  return { steps, maxTime: observations.length > 0 ? maxTime : 0, n: observations.length };
}

/**
 * S(t) with a Greenwood 95 % interval (clipped to 0..1); null when nobody was followed up to `t`,
 * because the curve says nothing about a time no one reached.
 */
export function survivalAt(curve: SurvivalCurve, time: number): SurvivalEstimate | null {
  if (curve.n === 0 || curve.maxTime < time) return null;
  let step: SurvivalStep | undefined;
  for (const s of curve.steps) {
    if (s.time > time) break;
    step = s;
  }
  const survival = step?.survival ?? 1;
  const standardError = step ? survival * Math.sqrt(step.greenwood) : 0;
  return {
    survival,
    standardError,
    ci95: [Math.max(0, survival - z95 * standardError), Math.min(1, survival + z95 * standardError)],
  };
}

export interface CurvePoint {
  month: number;
  survival: number;
  lower: number;
  upper: number;
}

/** The curve sampled once a month up to `months` (or the end of follow-up), for charts. */
export function monthlyCurve(curve: SurvivalCurve, months: number, daysPerMonth: number): CurvePoint[] {
  const points: CurvePoint[] = [];
  for (let month = 0; month <= months; month += 1) {
    const estimate = survivalAt(curve, month * daysPerMonth);
    if (!estimate) break;
    points.push({ month, survival: estimate.survival, lower: estimate.ci95[0], upper: estimate.ci95[1] });
  }
  return points;
}
