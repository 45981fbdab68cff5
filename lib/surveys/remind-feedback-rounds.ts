import "server-only";
import { addDays } from "date-fns";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { notifyClaimed } from "@/lib/notifications/notify-claimed";
import { feedbackClosingDay, feedbackPeriodLabel, feedbackReminderDaysBefore } from "@/lib/surveys/feedback-rules";

/**
 * Reminds everyone who has not answered an open feedback round, once, a few days before it closes.
 * Runs on the job runner (`surveys.remind-feedback`). The invite's reminder time is claimed with a
 * conditional update and the notification carries a dedupe key, so concurrent runs remind once.
 */
export async function remindFeedbackRounds(now: Date): Promise<{ reminded: number }> {
  const due = await db.feedbackInvite.findMany({
    where: {
      respondedAt: null,
      remindedAt: null,
      round: {
        closedAt: null,
        closesAt: { gt: now, lte: addDays(now, feedbackReminderDaysBefore) },
        openedAt: { lt: addDays(now, -1) },
      },
    },
    select: { id: true, userId: true, round: { select: { period: true, closesAt: true, program: { select: { name: true } } } } },
  });
  const reminded = await notifyClaimed(
    due,
    (tx, invite) =>
      tx.feedbackInvite.updateMany({
        where: { id: invite.id, respondedAt: null, remindedAt: null },
        data: { remindedAt: now },
      }),
    (invite) => ({
      userId: invite.userId,
      kind: "SURVEY",
      subject: `${invite.round.program.name}: your feedback closes on ${formatDate(feedbackClosingDay(invite.round.closesAt))}`,
      body: `You have not answered the ${feedbackPeriodLabel(invite.round.period)} feedback round yet. Four questions; your answers are anonymous.`,
      link: `/me/feedback/${invite.id}`,
      dedupeKey: `feedback-reminder:${invite.id}`,
    }),
  );
  return { reminded };
}
