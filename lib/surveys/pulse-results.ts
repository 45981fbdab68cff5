import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { minimumGroupSize } from "@/lib/kpi/health";
import { summarisePulses, type PulseSummary } from "@/lib/surveys/pulse-rules";

export interface PulseResults {
  invited: number;
  answered: number;
  /** answered / invited, 0..1; null before anyone was asked. */
  responseRate: number | null;
  minimum: number;
  /** null while fewer than `minimum` people answered: nothing about the answers is shown then. */
  summary: PulseSummary | null;
  /** Free-text comments without names, in alphabetical order so their order says nothing; empty while suppressed. */
  comments: string[];
}

/**
 * A programme's pulse results for the programme office, over every round and both sides: how many
 * were asked and answered, and, from five answers on, the mean and spread of each question. No
 * individual answer, side or pair is ever returned.
 */
export async function pulseResults(actor: Actor, programId: string): Promise<PulseResults> {
  requirePermission(actor, "checkins:read");
  const [invited, answered] = await Promise.all([
    db.pulseInvite.count({ where: { programId } }),
    db.pulseInvite.count({ where: { programId, respondedAt: { not: null } } }),
  ]);
  const base = { invited, answered, responseRate: invited > 0 ? answered / invited : null, minimum: minimumGroupSize };
  // The four-question pulses only: the flash pulse does not ask about progress or fit.
  const answers = (
    await db.pulseAnswer.findMany({
      where: { programId },
      select: { satisfaction: true, progress: true, fit: true, recommend: true, comment: true },
    })
  ).flatMap(({ progress, fit, ...rest }) => (progress === null || fit === null ? [] : [{ ...rest, progress, fit }]));
  if (answers.length < minimumGroupSize) return { ...base, summary: null, comments: [] };
  return {
    ...base,
    summary: summarisePulses(answers),
    comments: answers
      .map((a) => a.comment)
      .filter((c): c is string => Boolean(c))
      .sort((a, b) => a.localeCompare(b)),
  };
}
