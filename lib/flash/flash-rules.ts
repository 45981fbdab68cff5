import { addDays, addQuarters, startOfQuarter } from "date-fns";
import { formatDate } from "@/lib/format";

/** The round number of the two-question pulse asked when a flash conversation completes. */
export const flashPulseRound = 0;

export const defaultFlashCompleteAfterDays = 30;
export const defaultFlashRoundsPerQuarter = 3;

/** When a flash pair with no logged session completes on its own. */
export function flashCompletesAt(startedAt: Date, completeAfterDays: number): Date {
  return addDays(startedAt, completeAfterDays);
}

export interface FlashRoundStanding {
  /** Conversations this mentee started in the current quarter. */
  roundsThisQuarter: number;
  limit: number;
  atLimit: boolean;
  /** When the mentee may be matched again: now when under the limit, else the next quarter's first day. */
  nextRoundFrom: Date;
}

/**
 * Where a mentee stands against the programme's limit of flash conversations per calendar quarter,
 * counting the pairs that started (were published) in the quarter that holds `now`.
 */
export function flashRoundStanding(startedAt: readonly (Date | null)[], limit: number, now: Date): FlashRoundStanding {
  const quarterStart = startOfQuarter(now);
  const nextQuarter = addQuarters(quarterStart, 1);
  const roundsThisQuarter = startedAt.filter((d) => d !== null && d >= quarterStart && d < nextQuarter).length;
  const atLimit = roundsThisQuarter >= limit;
  return { roundsThisQuarter, limit, atLimit, nextRoundFrom: atLimit ? nextQuarter : now };
}

/** Why a mentee at the limit is not back in the pool, in words for the coordinator and the mentee. */
export function flashLimitReason(standing: FlashRoundStanding): string {
  return `Has had ${standing.roundsThisQuarter} of ${standing.limit} flash conversations this quarter; back in the pool from ${formatDate(standing.nextRoundFrom)}.`;
}

/** Each flash pair's round for its mentee: 1 for their first conversation, 2 for the next, … */
export function flashRounds<T extends { id: string; menteeId: string; startedAt: Date | null; createdAt: Date }>(
  pairs: readonly T[],
): Map<string, number> {
  const byMentee = new Map<string, T[]>();
  for (const pair of pairs) byMentee.set(pair.menteeId, [...(byMentee.get(pair.menteeId) ?? []), pair]);
  const rounds = new Map<string, number>();
  for (const list of byMentee.values()) {
    [...list]
      .sort((a, b) => (a.startedAt ?? a.createdAt).getTime() - (b.startedAt ?? b.createdAt).getTime() || a.id.localeCompare(b.id))
      .forEach((pair, k) => rounds.set(pair.id, k + 1));
  }
  return rounds;
}

/** What a flash pair's members read about their conversation: when it completes, or when the next round is. */
export function flashPairSummary(pair: {
  status: string;
  startedAt: Date | null;
  endedAt: Date | null;
  completeAfterDays: number;
  myRole: "MENTOR" | "MENTEE";
  /** The mentee's standing against the quarter's limit; only read for the mentee. */
  standing: FlashRoundStanding;
}): string {
  if (pair.status !== "COMPLETED") {
    return pair.startedAt
      ? `A one-off conversation: the pair completes when you log it, or on ${formatDate(flashCompletesAt(pair.startedAt, pair.completeAfterDays))}.`
      : "A one-off conversation: the pair completes when you log it.";
  }
  const done = `Conversation complete on ${formatDate(pair.endedAt)}.`;
  if (pair.myRole === "MENTOR") return `${done} You may be paired with someone new in the next round.`;
  if (pair.standing.atLimit) {
    return `${done} You have had ${pair.standing.roundsThisQuarter} of ${pair.standing.limit} conversations this quarter; your next round can start from ${formatDate(pair.standing.nextRoundFrom)}.`;
  }
  return `${done} You are back in the pool: the next matching round pairs you with someone new.`;
}
