import type { Criterion } from "@/lib/matching/config";
import type { ExplanationPart } from "@/lib/matching/score-pair";
import type { shareableBioFields } from "@/lib/profiles/schemas";

type SharedField = (typeof shareableBioFields)[number];

/**
 * Which mentor data each criterion's evidence quotes, as a mentee would read it. Evidence quoting a
 * field the mentor shares with mentees stays; anything else is said without the mentor's data:
 * levels, availability, learning style, generation, diversity attributes and application answers
 * are never shown to a mentee, and skills or interests only when the mentor chose to share them.
 */
const quotes: Record<Criterion, SharedField | "own" | "private"> = {
  skills: "skillsOffered",
  interests: "interests",
  department: "own",
  preference: "own",
  goals: "private",
  availability: "private",
  seniority: "private",
  generation: "private",
  learningStyle: "private",
  answers: "private",
  diversity: "private",
};

const plainReasons: Record<Criterion, string> = {
  skills: "can help with skills you want to learn",
  goals: "can support the goals you set",
  interests: "shares some of your interests",
  availability: "is free at some of the times you are",
  seniority: "has a suitable level of seniority",
  department: "works in a suitable department",
  generation: "fits on generation",
  learningStyle: "has a compatible learning style",
  preference: "is in your ranking",
  answers: "gave compatible application answers",
  diversity: "fits the diversity preferences you gave",
};

/** The reasons a mentee may read for one suggested mentor, strongest first. */
export function reasonsForMentee(parts: readonly ExplanationPart[], sharedWithMentees: readonly string[]): string[] {
  return parts
    .filter((p) => p.score > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .map((p) => {
      const source = quotes[p.criterion];
      return source === "own" || (source !== "private" && sharedWithMentees.includes(source))
        ? p.evidence
        : plainReasons[p.criterion];
    });
}
