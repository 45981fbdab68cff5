import { addDays, min } from "date-fns";
import type { PrismaClient } from "@/lib/db/generated/client";
import { answerPulse } from "@/lib/surveys/answer-pulse";
import { sendDuePulses } from "@/lib/surveys/send-due-pulses";

const demoAnswers = [
  { matchId: "seed-match-0", side: "MENTEE", scores: { satisfaction: 5, progress: 4, fit: 5, recommend: 10 }, comment: "" },
  { matchId: "seed-match-0", side: "MENTOR", scores: { satisfaction: 4, progress: 4, fit: 5, recommend: 9 }, comment: "" },
  {
    matchId: "seed-match-1",
    side: "MENTEE",
    scores: { satisfaction: 4, progress: 3, fit: 4, recommend: 8 },
    comment: "A shared template for session notes would help.",
  },
  { matchId: "seed-match-2", side: "MENTEE", scores: { satisfaction: 5, progress: 4, fit: 4, recommend: 9 }, comment: "" },
  { matchId: "seed-match-3", side: "MENTOR", scores: { satisfaction: 4, progress: 4, fit: 4, recommend: 8 }, comment: "" },
  // The quiet pair: a low answer that puts it on the check-in queue.
  {
    matchId: "seed-match-4",
    side: "MENTEE",
    scores: { satisfaction: 2, progress: 2, fit: 3, recommend: 5 },
    comment: "We keep moving our sessions.",
  },
] as const;

/**
 * Demo pulses, through the same functions the job and the respondents use: every live pair is
 * asked the round it is due, and a few people answer two days after being asked. Sending skips
 * invites that exist and answered invites are left alone, so seeding twice changes nothing.
 */
export async function seedPulses(db: PrismaClient, now: Date): Promise<void> {
  await sendDuePulses(now);
  for (const plan of demoAnswers) {
    const invite = await db.pulseInvite.findFirst({
      where: { matchId: plan.matchId, side: plan.side, respondedAt: null },
      orderBy: { round: "desc" },
      select: { id: true, dueAt: true, user: { select: { id: true, name: true, email: true, role: true } } },
    });
    if (!invite) continue;
    await answerPulse(
      invite.user,
      { inviteId: invite.id, ...plan.scores, comment: plan.comment || undefined },
      min([addDays(invite.dueAt, 2), now]),
    );
  }
}
