import { dayMs } from "@/lib/dates";

/** Programme health from raw activity: pure, so the thresholds are unit-tested, not eyeballed. */
export const activeWindowDays = 30;
/** A new pair gets this long to hold a first session before it counts as at risk. */
export const firstSessionGraceDays = 14;
/** Aggregates over fewer people than this are never shown to executives. */
export const minimumGroupSize = 5;

const monthDays = 30.44;

export interface PairActivity {
  menteeId: string;
  status: "PROPOSED" | "AWAITING_CONFIRMATION" | "ACTIVE" | "COMPLETED" | "ENDED";
  startedAt: Date | null;
  endedAt: Date | null;
  sessionDates: Date[];
}

export interface ProgramHealth {
  /** Share of approved mentees in a live or finished pair, 0..1; null with no mentees. */
  matchRate: number | null;
  livePairs: number;
  /** Live pairs that met in the last 30 days. */
  activePairs: number;
  atRiskPairs: number;
  sessionsLast30Days: number;
  sessionsPerPairPerMonth: number | null;
}

export type PairState = "active" | "at-risk" | "new" | "proposed" | "awaiting" | "closed";

export function lastSession(pair: PairActivity): Date | null {
  return pair.sessionDates.reduce<Date | null>((latest, date) => (!latest || date > latest ? date : latest), null);
}

/**
 * What programme health reads of a pair: its sessions counted rather than listed, so a loader can
 * have the database count them (lib/kpi/pair-summaries.ts) instead of reading every session.
 */
export interface PairSummary {
  menteeId: string;
  status: PairActivity["status"];
  startedAt: Date | null;
  endedAt: Date | null;
  sessions: number;
  firstSession: Date | null;
  lastSession: Date | null;
  /** Sessions on or after the start of the 30-day active window. */
  recentSessions: number;
}

/** The start of the window in which a session makes a pair active. */
export function activeWindowStart(now: Date): Date {
  return new Date(now.getTime() - activeWindowDays * dayMs);
}

export function summarisePair(pair: PairActivity, now: Date): PairSummary {
  const windowStart = activeWindowStart(now).getTime();
  return {
    menteeId: pair.menteeId,
    status: pair.status,
    startedAt: pair.startedAt,
    endedAt: pair.endedAt,
    sessions: pair.sessionDates.length,
    firstSession: pair.sessionDates.reduce<Date | null>((first, date) => (!first || date < first ? date : first), null),
    lastSession: lastSession(pair),
    recentSessions: pair.sessionDates.filter((d) => d.getTime() >= windowStart).length,
  };
}

function stateOf(pair: Pick<PairSummary, "status" | "startedAt" | "lastSession">, now: Date): PairState {
  if (pair.status === "PROPOSED") return "proposed";
  if (pair.status === "AWAITING_CONFIRMATION") return "awaiting";
  if (pair.status !== "ACTIVE") return "closed";
  const last = pair.lastSession;
  if (last) return now.getTime() - last.getTime() <= activeWindowDays * dayMs ? "active" : "at-risk";
  const started = pair.startedAt ?? now;
  return now.getTime() - started.getTime() > firstSessionGraceDays * dayMs ? "at-risk" : "new";
}

export function pairState(pair: PairActivity, now: Date): PairState {
  return stateOf({ status: pair.status, startedAt: pair.startedAt, lastSession: lastSession(pair) }, now);
}

export function programHealth(menteesApproved: number, pairs: PairSummary[], now: Date): ProgramHealth {
  const running = pairs.filter((p) => p.status === "ACTIVE" || p.status === "COMPLETED");
  const matchedMentees = new Set(running.map((p) => p.menteeId)).size;
  const states = pairs.map((p) => stateOf(p, now));

  let sessions = 0;
  let pairMonths = 0;
  for (const pair of running) {
    const start = pair.startedAt ?? (pair.firstSession !== null && pair.firstSession < now ? pair.firstSession : now);
    const end = pair.endedAt ?? now;
    sessions += pair.sessions;
    // A pair younger than a month counts as one month, so a single early session is not a rate of 10.
    pairMonths += Math.max(monthDays, (end.getTime() - start.getTime()) / dayMs) / monthDays;
  }

  return {
    matchRate: menteesApproved > 0 ? Math.min(1, matchedMentees / menteesApproved) : null,
    livePairs: pairs.filter((p) => p.status === "ACTIVE").length,
    activePairs: states.filter((s) => s === "active").length,
    atRiskPairs: states.filter((s) => s === "at-risk").length,
    sessionsLast30Days: pairs.reduce((n, p) => n + p.recentSessions, 0),
    sessionsPerPairPerMonth: pairMonths > 0 ? sessions / pairMonths : null,
  };
}

export interface MonthCount {
  month: string;
  label: string;
  sessions: number;
}

/** Sessions per calendar month (UTC) for the `months` months ending with the current one. */
export function sessionsByMonth(dates: Date[], now: Date, months: number): MonthCount[] {
  const buckets: MonthCount[] = [];
  for (let offset = months - 1; offset >= 0; offset -= 1) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - offset, 1));
    buckets.push({
      month: start.toISOString().slice(0, 7),
      label: start.toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
      sessions: 0,
    });
  }
  const index = new Map(buckets.map((b, i) => [b.month, i]));
  for (const date of dates) {
    const i = index.get(date.toISOString().slice(0, 7));
    if (i !== undefined) buckets[i]!.sessions += 1;
  }
  return buckets;
}

/** Hides a figure computed over too few people, so nobody can be singled out. */
export function suppressSmallGroup<T>(groupSize: number, value: T): T | null {
  return groupSize >= minimumGroupSize ? value : null;
}
