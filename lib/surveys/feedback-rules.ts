import { addDays, format, getQuarter } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { summariseScale, type QuestionSummary } from "@/lib/surveys/pulse-rules";

export type FeedbackCadence = "MONTHLY" | "QUARTERLY";
export type FeedbackAudience = "MENTORS" | "MENTEES";

/** The period a round opened at `now` belongs to, in UTC: "2026-12" monthly, "2026-Q4" quarterly. */
export function feedbackPeriod(cadence: FeedbackCadence, now: Date): string {
  const utc = new TZDate(now, "UTC");
  return cadence === "MONTHLY" ? format(utc, "yyyy-MM") : `${format(utc, "yyyy")}-Q${getQuarter(utc)}`;
}

/** The period in words: "December 2026" or "Q4 2026". */
export function feedbackPeriodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  const [year, month] = period.split("-").map(Number);
  return format(new TZDate(year!, month! - 1, 1, "UTC"), "MMMM yyyy");
}

export const feedbackAudienceLabels: Record<FeedbackAudience, string> = { MENTORS: "Mentors", MENTEES: "Mentees" };

/** A round takes answers from opening until it closes: on its closing date or when a coordinator closes it early. */
export function feedbackRoundIsOpen(round: { closesAt: Date; closedAt: Date | null }, now: Date): boolean {
  return round.closedAt === null && now < round.closesAt;
}

/** The last day a round takes answers (it closes at the end of that day, UTC). */
export function feedbackClosingDay(closesAt: Date): Date {
  return addDays(closesAt, -1);
}

/** The day a round stops (or stopped) taking answers: its closing day, or the day it was closed early. */
export function feedbackRoundLastDay(round: { closesAt: Date; closedAt: Date | null }): Date {
  return round.closedAt && round.closedAt < round.closesAt ? round.closedAt : feedbackClosingDay(round.closesAt);
}

/** The longest a round may stay open, and how many days before it closes the one reminder goes out. */
export const feedbackRoundMaxDays = 60;
export const feedbackReminderDaysBefore = 3;

export interface FeedbackScores {
  benefit: number;
  experience: number;
  usefulness: number;
  resources: number;
}

export type FeedbackSummary = Record<keyof FeedbackScores, QuestionSummary>;

/** Aggregates a non-empty set of answers; the caller decides whether they may be shown. */
export function summariseFeedback(answers: FeedbackScores[]): FeedbackSummary {
  const of = (key: keyof FeedbackScores) =>
    summariseScale(
      answers.map((a) => a[key]),
      1,
      5,
    );
  return { benefit: of("benefit"), experience: of("experience"), usefulness: of("usefulness"), resources: of("resources") };
}
