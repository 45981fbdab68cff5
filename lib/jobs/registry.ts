import "server-only";
import { coordinatorDigestSections } from "@/lib/checkins/coordinator-digest";
import { nudgeQuietPairs } from "@/lib/checkins/nudge-quiet-pairs";
import type { JobHandler } from "@/lib/jobs/runner";
import type { RecurringJob } from "@/lib/jobs/schedules";
import { notifyPausedMentors } from "@/lib/matching/notify-paused-mentors";
import { completeOverdueFlashPairs } from "@/lib/flash/complete-overdue-flash-pairs";
import { expireOverdueRequests } from "@/lib/matching/self-match";
import { deliverOutbox } from "@/lib/notifications/deliver";
import { sendWeeklyDigests } from "@/lib/notifications/send-weekly-digests";
import { refreshEvaluationSnapshots } from "@/lib/kpi/refresh-evaluation-snapshots";
import { remindFeedbackRounds } from "@/lib/surveys/remind-feedback-rounds";
import { remindSurveys } from "@/lib/surveys/remind-surveys";
import { sendDuePulses } from "@/lib/surveys/send-due-pulses";
import { sendDueSurveys } from "@/lib/surveys/send-due-surveys";
import { lapseOverdueOffers } from "@/lib/waitlist/lapse-overdue-offers";

/** Every job Pairwise runs, by name, with what it is for in words (shown on the jobs page). */
export const jobDescriptions: Record<string, string> = {
  "outbox.deliver": "E-mails what waits in the outbox",
  "matching.expire-requests":
    "Expires self-match requests nobody answered in time, and tells mentors paused for unanswered requests why",
  "pairs.nudge-quiet": "Reminds pairs that have not met for longer than their cadence",
  "digest.weekly": "Sends each person their weekly digest; coordinators get the check-in queue in it",
  "surveys.send-pulses": "Asks both people in each pair how it is going, 30 and 90 days after they started",
  "surveys.remind-feedback":
    "Reminds mentors and mentees who have not answered a feedback round, once, three days before it closes",
  "waitlist.lapse-offers": "Lapses offers of a freed place nobody took up in time and offers it to the next person waiting",
  "surveys.send": "Sends the programme office's surveys to everyone whose day has come",
  "surveys.remind": "Reminds people who have not answered a survey, once, three days before their time to answer ends",
  "evaluation.refresh":
    "Recomputes the executive dashboard and the KPI matrices' figures (retention, promotion, ROI), on schedule and soon after HR data, pairs or costs change",
  "flash.complete-overdue": "Completes flash conversations nobody logged once the programme's number of days has passed",
};

export const jobHandlers: Record<string, JobHandler> = {
  "outbox.deliver": async (_payload, { now }) => deliverOutbox({ now }),
  "matching.expire-requests": async (_payload, { now }) => ({
    expired: await expireOverdueRequests(now),
    pausedMentorsTold: await notifyPausedMentors(now),
  }),
  "pairs.nudge-quiet": async (_payload, { now }) => nudgeQuietPairs(now),
  "digest.weekly": async (_payload, { now }) => sendWeeklyDigests(now, await coordinatorDigestSections(now)),
  "surveys.send-pulses": async (_payload, { now }) => sendDuePulses(now),
  "surveys.remind-feedback": async (_payload, { now }) => remindFeedbackRounds(now),
  "surveys.send": async (_payload, { now }) => sendDueSurveys(now),
  "surveys.remind": async (_payload, { now }) => remindSurveys(now),
  "flash.complete-overdue": async (_payload, { now }) => completeOverdueFlashPairs(now),
  "waitlist.lapse-offers": async (_payload, { now }) => ({ lapsed: await lapseOverdueOffers(now) }),
  "evaluation.refresh": async (_payload, { now }) => refreshEvaluationSnapshots(now),
};

export const recurringJobs: RecurringJob[] = [
  { name: "outbox.deliver", cron: "* * * * *" },
  { name: "matching.expire-requests", cron: "*/15 * * * *" },
  { name: "pairs.nudge-quiet", cron: "0 8 * * *" },
  { name: "digest.weekly", cron: "0 7 * * 1" },
  { name: "surveys.send-pulses", cron: "0 9 * * *" },
  { name: "surveys.remind-feedback", cron: "30 9 * * *" },
  { name: "surveys.send", cron: "5 * * * *" },
  { name: "surveys.remind", cron: "45 9 * * *" },
  { name: "flash.complete-overdue", cron: "0 * * * *" },
  { name: "waitlist.lapse-offers", cron: "*/15 * * * *" },
  { name: "evaluation.refresh", cron: "*/30 * * * *" },
];
