import "server-only";
import { addDays } from "date-fns";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import { notifyClaimed } from "@/lib/notifications/notify-claimed";
import { lastAnswerDay, surveyReminderDaysBefore } from "@/lib/surveys/survey-rules";

/**
 * Reminds everyone who has not answered a live survey, once, a few days before their time to
 * answer ends (and never on the day they were asked). Runs on the job runner
 * (`surveys.remind`). The reminder time is claimed with a conditional update and the
 * notification carries a dedupe key, so concurrent runs remind once.
 */
export async function remindSurveys(now: Date): Promise<{ reminded: number }> {
  const due = await db.surveyInvite.findMany({
    where: {
      respondedAt: null,
      remindedAt: null,
      closesAt: { gt: now, lte: addDays(now, surveyReminderDaysBefore) },
      sentAt: { lt: addDays(now, -1) },
      survey: { status: "LIVE" },
    },
    select: {
      id: true,
      userId: true,
      closesAt: true,
      survey: { select: { title: true, program: { select: { name: true } } } },
    },
  });
  const reminded = await notifyClaimed(
    due,
    (tx, invite) =>
      tx.surveyInvite.updateMany({
        where: { id: invite.id, respondedAt: null, remindedAt: null },
        data: { remindedAt: now },
      }),
    (invite) => ({
      userId: invite.userId,
      kind: "SURVEY",
      subject: `${invite.survey.program.name}: “${invite.survey.title}” closes on ${formatDate(lastAnswerDay(invite.closesAt))}`,
      body: "You have not answered this survey yet. It takes a few minutes.",
      link: `/me/surveys/${invite.id}`,
      dedupeKey: `survey-reminder:${invite.id}`,
    }),
  );
  return { reminded };
}
