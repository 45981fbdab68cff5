import vocabulary from "@/lib/vocabulary/en.json";
/** Where a KPI row stands; pure so the rule is tested, not eyeballed. */
export type KpiStatus = "met" | "on-track" | "behind" | "not-enough-data";

export const kpiStatusLabels: Record<KpiStatus, string> = vocabulary.kpi.status;

/**
 * Met when the actual reaches the target. Otherwise on track when it has covered at least as much
 * of the way from baseline to target as the programme has of its time; behind when not, or when
 * there is no baseline or timeline to judge progress by.
 */
export function kpiStatus(input: {
  actual: number | null;
  baseline: number | null;
  target: number;
  /** Share of the programme's time elapsed, 0..1; null without dates. */
  elapsed: number | null;
}): KpiStatus {
  const { actual, baseline, target, elapsed } = input;
  if (actual === null) return "not-enough-data";
  const rising = baseline === null || target >= baseline;
  if (rising ? actual >= target : actual <= target) return "met";
  if (baseline === null || elapsed === null || target === baseline) return "behind";
  const progress = (actual - baseline) / (target - baseline);
  return progress >= Math.min(1, Math.max(0, elapsed)) ? "on-track" : "behind";
}

export function elapsedShare(start: Date | null, end: Date | null, now: Date): number | null {
  if (!start || !end || end <= start) return null;
  return Math.min(1, Math.max(0, (now.getTime() - start.getTime()) / (end.getTime() - start.getTime())));
}
