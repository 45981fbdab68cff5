import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";
/**
 * What a KPI row can measure. Each metric is computed from data Pairwise holds, so a row's actual
 * is never typed in; the instrument follows from the metric.
 */

export const instrumentLabels = vocabulary.kpi.instrument;
export const instruments = choiceKeys(instrumentLabels);
export type Instrument = (typeof instruments)[number];

/** "change" is a difference on a 1–5 scale, shown with its sign. */
export type MetricUnit = "percent" | "points" | "number" | "score" | "change";

export interface MetricDefinition {
  label: string;
  unit: MetricUnit;
  instrument: Instrument;
  /** Kirkpatrick / Phillips level the metric usually sits at. */
  level: 1 | 2 | 3 | 4 | 5;
  audience: "PARTICIPANT" | "ORGANISATION";
  horizon: "SHORT_TERM" | "LONG_TERM";
  /** How the actual is computed, in plain words, shown with its inputs. */
  method: string;
}

export const metrics = {
  MATCH_RATE: {
    label: "Mentees matched",
    unit: "percent",
    instrument: "PROGRAMME_RECORDS",
    level: 1,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method: "Approved mentees in a live or finished pair, divided by approved mentees.",
  },
  ACTIVE_PAIR_SHARE: {
    label: "Pairs meeting regularly",
    unit: "percent",
    instrument: "SESSION_LOGS",
    level: 3,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method: "Live pairs with a logged session in the last 30 days, divided by live pairs.",
  },
  SESSIONS_PER_PAIR_MONTH: {
    label: "Sessions per pair per month",
    unit: "number",
    instrument: "SESSION_LOGS",
    level: 3,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method: "Logged sessions divided by the months each running pair has existed (at least one month each).",
  },
  SESSION_USEFULNESS: {
    label: "Session usefulness (1–5)",
    unit: "score",
    instrument: "SESSION_LOGS",
    level: 1,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method: "Average of the 1–5 usefulness ratings given in session logs.",
  },
  PULSE_SATISFACTION: {
    label: "Relationship satisfaction in pulses (1–5)",
    unit: "score",
    instrument: "PULSES",
    level: 1,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method:
      "Average of the 1–5 satisfaction answers in the relationship pulses (30 and 90 days after each pair starts, and after each flash conversation).",
  },
  REACTION_SCORE: {
    label: "Programme reaction (1–5)",
    unit: "score",
    instrument: "SURVEYS",
    level: 1,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method:
      "Average of the 1–5 scale answers in the programme's end-of-programme reaction surveys; anonymous answers count in whole groups of five.",
  },
  SKILLS_CHANGE: {
    label: "Change in skills self-assessment (1–5 scale)",
    unit: "change",
    instrument: "SURVEYS",
    level: 2,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method:
      "Average 1–5 answer in the “after” skills self-assessment minus the average in the “before” one, on the scale questions both asked; anonymous answers count in whole groups of five.",
  },
  THREE_SIXTY_CHANGE: {
    label: "Change in colleagues' 360 ratings (1–5 scale)",
    unit: "change",
    instrument: "THREE_SIXTY",
    level: 3,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method:
      "For each mentee with 360 feedback at the start and at the end: the colleagues' average rating at the end minus at the start (whole groups of three colleagues; a manager's answers stay with the mentee), averaged over mentees.",
  },
  GOALS_MET: {
    label: "Pair goals met",
    unit: "percent",
    instrument: "GOALS",
    level: 3,
    audience: "PARTICIPANT",
    horizon: "SHORT_TERM",
    method: "Pair goals marked done, divided by all pair goals (open, done or dropped).",
  },
  RETENTION_12M: {
    label: "Participants retained after 12 months",
    unit: "percent",
    instrument: "HR_DATA",
    level: 4,
    audience: "ORGANISATION",
    horizon: "LONG_TERM",
    method:
      "Kaplan–Meier voluntary retention 12 months after each matched participant's start; involuntary exits and the end of the HR data count as still employed until then.",
  },
  RETENTION_DIFFERENCE_12M: {
    label: "Retention difference against a matched comparison group, 12 months",
    unit: "points",
    instrument: "HR_DATA",
    level: 4,
    audience: "ORGANISATION",
    horizon: "LONG_TERM",
    method:
      "Participants' 12-month voluntary retention minus that of non-participants employed on each participant's start date in the same department, level band, tenure band and location, weighted to the participants' mix.",
  },
  PROMOTION_RATE_12M: {
    label: "Participants promoted within 12 months",
    unit: "percent",
    instrument: "HR_DATA",
    level: 4,
    audience: "ORGANISATION",
    horizon: "LONG_TERM",
    method: "Kaplan–Meier share promoted within 12 months of each matched participant's start; leaving ends the follow-up.",
  },
  PROMOTION_DIFFERENCE_12M: {
    label: "Promotion difference against a matched comparison group, 12 months",
    unit: "points",
    instrument: "HR_DATA",
    level: 4,
    audience: "ORGANISATION",
    horizon: "LONG_TERM",
    method: "Participants' 12-month promotion rate minus the matched comparison group's.",
  },
  ROI_PERCENT: {
    label: "Return on investment",
    unit: "percent",
    instrument: "ROI_MODEL",
    level: 5,
    audience: "ORGANISATION",
    horizon: "LONG_TERM",
    method:
      "(Monetised benefits − fully loaded costs) ÷ costs. Benefits: avoided voluntary exits (the matched 12-month retention difference × participants) × replacement cost × isolation × confidence.",
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricKey = keyof typeof metrics;
export const metricKeys = Object.keys(metrics) as MetricKey[];

export function isMetricKey(value: string): value is MetricKey {
  return value in metrics;
}

/** Values are kept as shares (0.42) and shown as people read them (42 %, +4.2 points). */
export function formatMetric(unit: MetricUnit, value: number | null): string {
  if (value === null) return "—";
  switch (unit) {
    case "percent":
      return `${(value * 100).toFixed(Math.abs(value) < 0.1 ? 1 : 0)}%`;
    case "points":
      return `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(1)} points`;
    case "number":
      return value.toFixed(1);
    case "score":
      return value.toFixed(2);
    case "change":
      return `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(2)}`;
  }
}

/** Targets are typed as people read them (42 for 42 %, 3 for +3 points) and stored as shares. */
export function toStored(unit: MetricUnit, typed: number): number {
  return unit === "percent" || unit === "points" ? typed / 100 : typed;
}

export function toTyped(unit: MetricUnit, stored: number): number {
  return unit === "percent" || unit === "points" ? Number((stored * 100).toFixed(4)) : stored;
}

export const levelLabels: Record<number, string> = vocabulary.kpi.level;
