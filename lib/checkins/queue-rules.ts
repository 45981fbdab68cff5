import { dayMs } from "@/lib/dates";
import type { CheckInPolicyValues } from "@/lib/checkins/policy-defaults";
import { counted, formatDate } from "@/lib/format";

export type QueueReasonCode =
  | "NO_FIRST_SESSION"
  | "QUIET"
  | "AGREEMENT_UNSIGNED"
  | "LOW_PULSE"
  | "POOR_FIT"
  | "HELP_REQUEST"
  | "FOLLOW_UP"
  | "UNANSWERED_REQUESTS";

export interface QueueReason {
  code: QueueReasonCode;
  /** In words, for the coordinator. */
  text: string;
  /** When it became true. */
  since: Date;
}

export interface PairFacts {
  startedAt: Date;
  lastSessionAt: Date | null;
  /** null: the pair has no agreement yet. */
  agreement: { createdAt: Date; signedByBoth: boolean } | null;
  signals: { kind: string; detail: string; createdAt: Date }[];
  flaggedAt: Date | null;
  flagReason: string | null;
  openHelpRequests: Date[];
  /** The latest check-in held or resolve: the office has dealt with everything before it. */
  handledAt: Date | null;
  /** The follow-up date the latest check-in asked for. */
  followUpOn: Date | null;
}

const days = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / dayMs);
const addDays = (date: Date, n: number) => new Date(date.getTime() + n * dayMs);
const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * Why a pair needs the programme office, each reason with the day it became true. A check-in or
 * resolve answers everything before it: waiting periods count again from it, and only events
 * after it raise the pair again.
 */
export function pairReasons(facts: PairFacts, policy: CheckInPolicyValues, now: Date): QueueReason[] {
  const reasons: QueueReason[] = [];
  const after = (date: Date) => !facts.handledAt || date > facts.handledAt;

  if (!facts.lastSessionAt) {
    const since = addDays(later(facts.startedAt, facts.handledAt), policy.firstSessionDays);
    if (since < now) {
      reasons.push({
        code: "NO_FIRST_SESSION",
        text: `No first session ${counted(days(facts.startedAt, now), "day")} after matching`,
        since,
      });
    }
  } else {
    const since = addDays(later(facts.lastSessionAt, facts.handledAt), policy.cadenceDays);
    if (since < now) {
      reasons.push({
        code: "QUIET",
        text: `No session for ${counted(days(facts.lastSessionAt, now), "day")}; the programme expects one at least every ${counted(policy.cadenceDays, "day")}`,
        since,
      });
    }
  }

  if (!facts.agreement?.signedByBoth) {
    const drafted = facts.agreement?.createdAt ?? facts.startedAt;
    const since = addDays(later(drafted, facts.handledAt), policy.agreementDays);
    if (since < now) {
      reasons.push({
        code: "AGREEMENT_UNSIGNED",
        text: facts.agreement
          ? `Agreement not signed by both ${counted(days(drafted, now), "day")} after it was drafted`
          : `No agreement signed ${counted(days(facts.startedAt, now), "day")} after matching`,
        since,
      });
    }
  }

  for (const signal of facts.signals.filter((s) => after(s.createdAt))) {
    reasons.push({ code: "LOW_PULSE", text: signal.detail, since: signal.createdAt });
  }
  if (facts.flaggedAt && after(facts.flaggedAt)) {
    reasons.push({
      code: "POOR_FIT",
      text: `Flagged as a poor fit${facts.flagReason ? `: ${facts.flagReason}` : ""}`,
      since: facts.flaggedAt,
    });
  }
  const help = facts.openHelpRequests.filter(after).sort((a, b) => a.getTime() - b.getTime());
  if (help.length > 0) {
    reasons.push({ code: "HELP_REQUEST", text: `${counted(help.length, "help request")} from session logs`, since: help[0]! });
  }
  if (facts.followUpOn && facts.followUpOn <= now) {
    reasons.push({ code: "FOLLOW_UP", text: "Follow-up due from the last check-in", since: facts.followUpOn });
  }
  return reasons.sort((a, b) => a.since.getTime() - b.since.getTime());
}

/**
 * A mentor whose mentoring requests passed their deadline unanswered (since their latest answer or
 * un-pause, lib/matching/responsiveness.ts) and since the last check-in; says so when that has
 * paused them from self-match.
 */
export function mentorReasons(
  unansweredDeadlines: Date[],
  handledAt: Date | null,
  pausedSince: Date | null = null,
): QueueReason[] {
  const open = unansweredDeadlines.filter((d) => !handledAt || d > handledAt).sort((a, b) => a.getTime() - b.getTime());
  if (open.length === 0) return [];
  const paused = pausedSince ? `; paused from self-match since ${formatDate(pausedSince)}` : "";
  return [
    {
      code: "UNANSWERED_REQUESTS",
      text: `${counted(open.length, "mentoring request")} left unanswered past the deadline${paused}`,
      since: open[0]!,
    },
  ];
}
