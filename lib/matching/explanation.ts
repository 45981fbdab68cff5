import type { Candidate } from "@/lib/matching/candidate";
import type { Criterion, HardRule, MatchingConfig } from "@/lib/matching/config";
import { explainPair, type ExplanationPart } from "@/lib/matching/score-pair";
import type { CohortPair } from "@/lib/matching/match-cohort";
import { failedRules } from "@/lib/matching/rules";

/** What a pair keeps of the matcher's reasoning, shown to the coordinator and to both people. */
export interface StoredExplanation {
  total: number;
  parts: ExplanationPart[];
  dropped: { criterion: Criterion; reason: string }[];
  choiceRank: number | null;
  choiceRankBasis: "ranking" | "score";
  alternative: { mentorName: string; score: number; whyNot: string } | null;
  /** Hard rules the pair breaks: only when a coordinator overrode them. */
  overriddenRules?: HardRule[];
  /**
   * Why the mentee did not get the first mentor in their own ranking, as a code the mentee may
   * read: the first choice had no places left, fails a rule with them, another pairing fitted
   * the cohort better, or the programme office chose the pairing by hand. Never who got the place.
   */
  firstChoiceMissed?: "full" | "cohort" | "placed" | HardRule;
}

const percent = (score: number) => `${Math.round(score * 100)}%`;

function names(list: string[]): string {
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

export function explainProposal(
  mentee: Candidate,
  mentor: Candidate,
  config: MatchingConfig,
  /** The solver's pair; null when a coordinator chose the mentor for this mentee by hand. */
  pair: Pick<CohortPair, "choiceRank" | "alternative" | "locked"> | null,
  context: { mentorsById: Map<string, Candidate>; menteesOnMentor: Map<string, string[]> },
): StoredExplanation {
  const explanation = explainPair(mentee, mentor, config);
  const scored = explanation.eligible ? explanation : { total: explanation.total ?? 0, parts: [], dropped: [] };
  let alternative: StoredExplanation["alternative"] = null;
  if (pair?.alternative) {
    const other = context.mentorsById.get(pair.alternative.mentorId);
    if (other) {
      const taken = context.menteesOnMentor.get(other.id) ?? [];
      const whyNot = pair.locked
        ? `A coordinator locked this pair, so ${other.name} (${percent(pair.alternative.score)}) was not considered.`
        : pair.alternative.score > scored.total
          ? `${other.name} scores higher (${percent(pair.alternative.score)}) but is full${taken.length ? `: their places went to ${names(taken)}` : ""}, which adds more to the cohort as a whole.`
          : `${other.name} is the next best fit at ${percent(pair.alternative.score)}.`;
      alternative = { mentorName: other.name, score: pair.alternative.score, whyNot };
    }
  }
  const firstChoiceId = mentee.preferences[0];
  let firstChoiceMissed: StoredExplanation["firstChoiceMissed"];
  // A pairing the programme office chose (by hand, or locked before the run) did not come from
  // weighing the mentee's ranking, so the mentee is told that rather than a reason the matcher gave.
  const chosenByCoordinator = pair === null || pair.locked;
  if (firstChoiceId && firstChoiceId !== mentor.id && chosenByCoordinator) {
    firstChoiceMissed = "placed";
  } else if (firstChoiceId && firstChoiceId !== mentor.id) {
    const first = context.mentorsById.get(firstChoiceId);
    const failed = first ? failedRules(mentee, first, config, false) : [];
    firstChoiceMissed = !first ? "full" : (failed[0] ?? "cohort");
  }
  return {
    ...(firstChoiceMissed ? { firstChoiceMissed } : {}),
    total: scored.total,
    parts: scored.parts,
    dropped: scored.dropped,
    choiceRank: pair?.choiceRank ?? null,
    choiceRankBasis: mentee.preferences.length > 0 ? "ranking" : "score",
    alternative,
    ...(explanation.eligible ? {} : { overriddenRules: explanation.failed }),
  };
}

export function readExplanation(value: unknown): StoredExplanation | null {
  if (!value || typeof value !== "object" || !("parts" in value) || !Array.isArray((value as StoredExplanation).parts))
    return null;
  return value as StoredExplanation;
}
