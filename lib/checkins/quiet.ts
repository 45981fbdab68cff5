import { dayMs } from "@/lib/dates";

/**
 * How many whole cadence periods a pair has gone without a session (0 while within cadence),
 * counted from its last session or, before the first, from its start.
 */
export function quietPeriods(lastActivity: Date, now: Date, cadenceDays: number): number {
  const quietDays = (now.getTime() - lastActivity.getTime()) / dayMs;
  return quietDays > cadenceDays ? Math.floor(quietDays / cadenceDays) : 0;
}
