import { addDays } from "date-fns";
import { flashPulseRound } from "@/lib/flash/flash-rules";

/** Days after a pair starts when both people are asked how it is going. */
export const pulseRounds = [30, 90] as const;
export type PulseRound = (typeof pulseRounds)[number];

/**
 * The round to send now: the latest one whose day has come. A pair that is already past 90 days
 * when pulses start is asked the 90-day pulse only, not a stale 30-day one as well.
 */
export function dueRound(startedAt: Date, now: Date): PulseRound | null {
  const due = pulseRounds.filter((round) => addDays(startedAt, round) <= now);
  return due.at(-1) ?? null;
}

export function pulseDueAt(startedAt: Date, round: PulseRound): Date {
  return addDays(startedAt, round);
}

export interface PulseScores {
  satisfaction: number;
  progress: number;
  fit: number;
  recommend: number;
}

/** A pulse is low when any 1–5 answer is at or below the programme's threshold (recommend is 0–10 and not counted). */
export function isLowPulse(scores: PulseScores, threshold: number): boolean {
  return [scores.satisfaction, scores.progress, scores.fit].some((score) => score <= threshold);
}

/** What the coordinator reads on the queue: that the pairing needs attention, never the answers. */
export function lowPulseDetail(round: number): string {
  return `A low pulse at ${round} days: pairing needs attention`;
}

export interface QuestionSummary {
  mean: number;
  /** How many answers gave each value, lowest value first. */
  distribution: { value: number; count: number }[];
}

/** The mean of a set of answers on a min..max scale and how many gave each value. */
export function summariseScale(values: number[], min: number, max: number): QuestionSummary {
  const distribution = Array.from({ length: max - min + 1 }, (_, k) => ({
    value: min + k,
    count: values.filter((v) => v === min + k).length,
  }));
  return { mean: values.reduce((a, b) => a + b, 0) / values.length, distribution };
}

/** Net promoter score of 0–10 answers: % answering 9–10 minus % answering 0–6, from −100 to 100. */
export function netPromoterScore(values: number[]): number {
  if (values.length === 0) return 0;
  const promoters = values.filter((v) => v >= 9).length;
  const detractors = values.filter((v) => v <= 6).length;
  return Math.round(((promoters - detractors) / values.length) * 100);
}

export interface PulseSummary {
  satisfaction: QuestionSummary;
  progress: QuestionSummary;
  fit: QuestionSummary;
  recommend: QuestionSummary;
  /** Net promoter score: % answering 9–10 minus % answering 0–6, from −100 to 100. */
  netPromoterScore: number;
}

/** Aggregates a non-empty set of answers; the caller decides whether there are enough to show. */
export function summarisePulses(answers: PulseScores[]): PulseSummary {
  const recommend = answers.map((a) => a.recommend);
  return {
    satisfaction: summariseScale(
      answers.map((a) => a.satisfaction),
      1,
      5,
    ),
    progress: summariseScale(
      answers.map((a) => a.progress),
      1,
      5,
    ),
    fit: summariseScale(
      answers.map((a) => a.fit),
      1,
      5,
    ),
    recommend: summariseScale(recommend, 0, 10),
    netPromoterScore: netPromoterScore(recommend),
  };
}

/** A pulse can be answered while its pair runs; the flash pulse is asked once the conversation completed. */
export function pulseOpen(round: number, matchStatus: string): boolean {
  return matchStatus === "ACTIVE" || (round === flashPulseRound && matchStatus === "COMPLETED");
}
