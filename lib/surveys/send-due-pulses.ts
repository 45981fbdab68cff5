import "server-only";
import { db } from "@/lib/db/client";
import { notifyCreated } from "@/lib/notifications/notify-claimed";
import { startedPairFields, startedPairs } from "@/lib/pairs/started-pairs";
import { dueRound, pulseDueAt } from "@/lib/surveys/pulse-rules";

/**
 * Asks both people in every live pair how it is going, 30 and 90 days after the pair started.
 * Runs on the job runner (`surveys.send-pulses`), not for a person, like the quiet-pair nudges.
 * Safe to run as often and as concurrently as the runner likes: the database keeps one invite per
 * person per pair per round, and only the run that created an invite notifies about it.
 */
export async function sendDuePulses(now: Date): Promise<{ invited: number }> {
  const pairs = await db.match.findMany({
    where: startedPairs(now),
    select: {
      ...startedPairFields,
      pulseInvites: { select: { round: true, userId: true } },
    },
  });
  const wanted = pairs.flatMap((pair) => {
    const round = dueRound(pair.startedAt!, now);
    if (round === null) return [];
    return (["MENTOR", "MENTEE"] as const)
      .map((side) => ({ side, person: side === "MENTOR" ? pair.mentor : pair.mentee }))
      .filter(({ person }) => !pair.pulseInvites.some((i) => i.round === round && i.userId === person.userId))
      .map(({ side, person }) => ({
        programId: pair.programId,
        matchId: pair.id,
        userId: person.userId,
        side,
        round,
        dueAt: pulseDueAt(pair.startedAt!, round),
        createdAt: now,
      }));
  });
  const pairById = new Map(pairs.map((pair) => [pair.id, pair]));
  const invited = await notifyCreated(
    wanted,
    (tx, data) =>
      tx.pulseInvite.createManyAndReturn({
        data,
        skipDuplicates: true,
        select: { id: true, matchId: true, userId: true, side: true, round: true },
      }),
    (invite) => {
      const pair = pairById.get(invite.matchId)!;
      const partner = invite.side === "MENTOR" ? pair.mentee : pair.mentor;
      return {
        userId: invite.userId,
        kind: "SURVEY",
        subject: `How is your mentoring with ${partner.user.name} going?`,
        body: `${pair.program.name}: four quick questions, ${invite.round} days into your pairing. Your coordinator sees only whether your pairing needs attention, never your answers.`,
        link: `/me/pulses/${invite.id}`,
        dedupeKey: `pulse-invite:${invite.id}`,
      };
    },
  );
  return { invited };
}
