import type { Candidate } from "@/lib/matching/candidate";
import { criteria, type Criterion, type HardRule, type MatchingConfig } from "@/lib/matching/config";
import { criterionScorers } from "@/lib/matching/criteria";
import { failedRules } from "@/lib/matching/rules";

export interface ExplanationPart {
  criterion: Criterion;
  weight: number;
  score: number;
  /** weight × score / Σ weights: the parts add up to the total. */
  contribution: number;
  evidence: string;
}

export type PairExplanation =
  | { eligible: true; total: number; parts: ExplanationPart[]; dropped: { criterion: Criterion; reason: string }[] }
  | { eligible: false; failed: HardRule[]; total: number | null };

/** Scores criteria with missing data dropped and the remaining weights renormalised. */
function scoreCriteria(mentee: Candidate, mentor: Candidate, config: MatchingConfig) {
  const scored: Omit<ExplanationPart, "contribution">[] = [];
  const dropped: { criterion: Criterion; reason: string }[] = [];
  for (const criterion of criteria) {
    const weight = config.weights[criterion];
    if (weight === 0) continue;
    const result = criterionScorers[criterion](mentee, mentor, config);
    if ("missing" in result) dropped.push({ criterion, reason: result.missing });
    else scored.push({ criterion, weight, score: result.score, evidence: result.evidence });
  }
  const weightSum = scored.reduce((sum, part) => sum + part.weight, 0);
  const parts = scored.map((part) => ({ ...part, contribution: weightSum > 0 ? (part.weight * part.score) / weightSum : 0 }));
  return { total: parts.reduce((sum, part) => sum + part.contribution, 0), parts, dropped };
}

export function explainPair(mentee: Candidate, mentor: Candidate, config: MatchingConfig, forbidden = false): PairExplanation {
  const failed = failedRules(mentee, mentor, config, forbidden);
  if (failed.length > 0) return { eligible: false, failed, total: null };
  const scored = scoreCriteria(mentee, mentor, config);
  if (scored.total < config.minimumScore) return { eligible: false, failed: ["minimumScore"], total: scored.total };
  return { eligible: true, ...scored };
}
