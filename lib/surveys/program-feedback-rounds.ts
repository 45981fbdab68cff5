import "server-only";
import { addDays } from "date-fns";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { minimumGroupSize } from "@/lib/kpi/health";
import {
  feedbackAudienceLabels,
  feedbackPeriodLabel,
  feedbackRoundLastDay,
  feedbackRoundIsOpen,
  summariseFeedback,
  type FeedbackAudience,
  type FeedbackSummary,
} from "@/lib/surveys/feedback-rules";

export interface FeedbackRoundResults {
  id: string;
  audience: FeedbackAudience;
  /** "Mentors, December 2026". */
  title: string;
  cadence: "MONTHLY" | "QUARTERLY";
  openedAt: Date;
  /** The last day answers are taken, or the day it was closed early. */
  closingDay: Date;
  open: boolean;
  invited: number;
  answered: number;
  responseRate: number | null;
  /**
   * Why nothing about the answers is shown, or null when the results are: they appear only once
   * the round has closed with at least `minimum` answers.
   */
  withheld: "OPEN" | "TOO_FEW" | null;
  summary: FeedbackSummary | null;
  /** Free text without names, alphabetical so the order says nothing; empty while withheld. */
  benefits: string[];
  suggestions: string[];
  actions: { id: string; youSaid: string; weDid: string; createdAt: Date }[];
}

const alphabetical = (texts: (string | null)[]) =>
  texts.filter((text): text is string => Boolean(text)).sort((a, b) => a.localeCompare(b));

/**
 * A programme's core-group feedback rounds for the programme office, newest first: who was asked
 * and how many answered always; the answers only as totals, once the round has closed with at
 * least five answers (while it is open, comparing totals before and after someone answers would
 * give their answer away). No answer is ever returned on its own or with a name.
 */
export async function programFeedbackRounds(
  actor: Actor,
  programId: string,
  now = new Date(),
): Promise<{ minimum: number; defaultClosesOn: string; rounds: FeedbackRoundResults[] }> {
  requirePermission(actor, "checkins:read");
  const rounds = await db.feedbackRound.findMany({
    where: { programId },
    orderBy: { openedAt: "desc" },
    select: {
      id: true,
      audience: true,
      cadence: true,
      period: true,
      openedAt: true,
      closesAt: true,
      closedAt: true,
      _count: { select: { invites: true, answers: true } },
      actions: { orderBy: { createdAt: "asc" }, select: { id: true, youSaid: true, weDid: true, createdAt: true } },
    },
  });
  const readable = rounds
    .filter((round) => !feedbackRoundIsOpen(round, now) && round._count.answers >= minimumGroupSize)
    .map((round) => round.id);
  const answers = readable.length
    ? await db.feedbackAnswer.findMany({
        where: { roundId: { in: readable } },
        select: {
          roundId: true,
          benefit: true,
          experience: true,
          usefulness: true,
          resources: true,
          benefitsText: true,
          suggestion: true,
        },
      })
    : [];

  return {
    minimum: minimumGroupSize,
    /** What the "closes on" field suggests: two weeks from today. */
    defaultClosesOn: isoDay(addDays(now, 14)),
    rounds: rounds.map((round) => {
      const open = feedbackRoundIsOpen(round, now);
      const invited = round._count.invites;
      const answered = round._count.answers;
      const mine = answers.filter((answer) => answer.roundId === round.id);
      const withheld = open ? "OPEN" : answered < minimumGroupSize ? "TOO_FEW" : null;
      return {
        id: round.id,
        audience: round.audience,
        title: `${feedbackAudienceLabels[round.audience]}, ${feedbackPeriodLabel(round.period)}`,
        cadence: round.cadence,
        openedAt: round.openedAt,
        closingDay: feedbackRoundLastDay(round),
        open,
        invited,
        answered,
        responseRate: invited > 0 ? answered / invited : null,
        withheld,
        summary: withheld === null ? summariseFeedback(mine) : null,
        benefits: withheld === null ? alphabetical(mine.map((a) => a.benefitsText)) : [],
        suggestions: withheld === null ? alphabetical(mine.map((a) => a.suggestion)) : [],
        actions: round.actions,
      };
    }),
  };
}
