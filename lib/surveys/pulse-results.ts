import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { flashPulseRound } from "@/lib/flash/flash-rules";
import { minimumGroupSize } from "@/lib/kpi/health";
import { summarisePulses, summariseScale, netPromoterScore, type PulseSummary } from "@/lib/surveys/pulse-rules";

interface PulseGroupCounts {
  invited: number;
  answered: number;
  /** answered / invited, 0..1; null before anyone was asked. */
  responseRate: number | null;
}

/** The two-question pulse after each flash conversation: satisfaction and recommend only. */
export type FlashPulseSummary = Pick<PulseSummary, "satisfaction" | "recommend" | "netPromoterScore">;

export interface PulseResults extends PulseGroupCounts {
  minimum: number;
  /** The four-question pulses 30 and 90 days into a pair; null while fewer than `minimum` answered. */
  summary: PulseSummary | null;
  /** Free-text comments without names, in alphabetical order so their order says nothing; empty while suppressed. */
  comments: string[];
  /** The pulses after flash conversations, apart; null when the programme never sent one. */
  flash: (PulseGroupCounts & { summary: FlashPulseSummary | null; comments: string[] }) | null;
}

const counts = (invited: number, answered: number): PulseGroupCounts => ({
  invited,
  answered,
  responseRate: invited > 0 ? answered / invited : null,
});

const sortedComments = (answers: { comment: string | null }[]) =>
  answers
    .map((a) => a.comment)
    .filter((c): c is string => Boolean(c))
    .sort((a, b) => a.localeCompare(b));

/**
 * A programme's pulse results for the programme office: how many were asked and answered, and,
 * from five answers on, the mean and spread of each question, with the relationship pulses and
 * the flash pulses apart because they ask different questions. No individual answer, side or
 * pair is ever returned.
 */
export async function pulseResults(actor: Actor, programId: string): Promise<PulseResults> {
  requirePermission(actor, "checkins:read");
  const [invites, answers] = await Promise.all([
    db.pulseInvite.groupBy({
      by: ["round"],
      where: { programId },
      _count: { _all: true, respondedAt: true },
    }),
    db.pulseAnswer.findMany({
      where: { programId },
      select: { round: true, satisfaction: true, progress: true, fit: true, recommend: true, comment: true },
    }),
  ]);
  const tally = (flash: boolean) =>
    invites
      .filter((group) => (group.round === flashPulseRound) === flash)
      .reduce((sum, group) => ({ invited: sum.invited + group._count._all, answered: sum.answered + group._count.respondedAt }), {
        invited: 0,
        answered: 0,
      });

  const relationship = tally(false);
  const relationshipAnswers = answers.flatMap(({ round, progress, fit, ...rest }) =>
    round === flashPulseRound || progress === null || fit === null ? [] : [{ ...rest, progress, fit }],
  );
  const shown = relationshipAnswers.length >= minimumGroupSize;

  const flash = tally(true);
  const flashAnswers = answers.filter((a) => a.round === flashPulseRound);
  const flashShown = flashAnswers.length >= minimumGroupSize;
  const recommend = flashAnswers.map((a) => a.recommend);

  return {
    ...counts(relationship.invited, relationship.answered),
    minimum: minimumGroupSize,
    summary: shown ? summarisePulses(relationshipAnswers) : null,
    comments: shown ? sortedComments(relationshipAnswers) : [],
    flash:
      flash.invited === 0
        ? null
        : {
            ...counts(flash.invited, flash.answered),
            summary: flashShown
              ? {
                  satisfaction: summariseScale(
                    flashAnswers.map((a) => a.satisfaction),
                    1,
                    5,
                  ),
                  recommend: summariseScale(recommend, 0, 10),
                  netPromoterScore: netPromoterScore(recommend),
                }
              : null,
            comments: flashShown ? sortedComments(flashAnswers) : [],
          },
  };
}
