import type { Criterion, HardRule } from "@/lib/matching/config";
import type { StoredExplanation } from "@/lib/matching/explanation";

/** What the two people in a pair may read of the matcher's reasons: nothing about anyone else. */
export interface ParticipantExplanation {
  parts: { criterion: Criterion; score: number; evidence: string }[];
  dropped: { criterion: Criterion; reason: string }[];
  /** For the mentee only, when they ranked mentors and did not get their first choice. */
  whyNotFirstChoice: string | null;
}

const firstChoiceWords: Record<NonNullable<StoredExplanation["firstChoiceMissed"]>, string> = {
  full: "Your first choice had no places left when the programme was matched.",
  cohort: "Your first choice could have mentored you, but their places went to pairings that fitted the whole programme better.",
  placed: "The programme office chose this pairing for you themselves, so your ranking was not what decided it.",
  self: "Your first choice was yourself, which the programme cannot pair.",
  forbidden: "Your first choice cannot be paired with you in this programme.",
  seniority: "Your first choice is outside the programme's seniority rule for you.",
  reportingLine: "Your first choice is in your reporting line, and the programme keeps mentoring outside it.",
  language: "Your first choice does not share a language with you.",
  timeZone: "Your first choice works too many hours away from your time zone.",
  readiness: "Your first choice has not finished the mentor readiness checklist.",
  minimumScore: "Your first choice was not a close enough fit under the programme's minimum score.",
} satisfies Record<"full" | "cohort" | "placed" | HardRule, string>;

/**
 * Strips a stored explanation down to the pair's own reasons. The best alternative (another
 * mentor's name and who took their places) stays with the programme office; a mentee who missed
 * their first choice gets the reason in words that name no one else.
 */
export function explanationForParticipant(
  stored: StoredExplanation | null,
  role: "MENTOR" | "MENTEE",
): ParticipantExplanation | null {
  if (!stored) return null;
  return {
    parts: stored.parts.map(({ criterion, score, evidence }) => ({ criterion, score, evidence })),
    dropped: stored.dropped,
    whyNotFirstChoice: role === "MENTEE" && stored.firstChoiceMissed ? firstChoiceWords[stored.firstChoiceMissed] : null,
  };
}
