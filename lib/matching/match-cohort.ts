import type { Candidate } from "@/lib/matching/candidate";
import { hardRuleLabels, hardRules, type MatchingConfig } from "@/lib/matching/config";
import { buildScoreMatrix, type ScoreMatrix } from "@/lib/matching/score-matrix";
import { greedyAssignment, ineligible, solveAssignment, type AssignmentProblem } from "@/lib/matching/solver";

/** Scores become integers at this scale, so the solver is exact and ties are stable. */
export const scoreScale = 1_000_000;

export interface CohortInput {
  mentees: Candidate[];
  mentors: Candidate[];
  config: MatchingConfig;
  /** Pairs a coordinator fixed, by participation id: [mentee, mentor]. */
  locked?: [string, string][];
  /** Pairs a coordinator ruled out, as "menteeId:mentorId". */
  forbidden?: ReadonlySet<string>;
}

export interface CohortPair {
  menteeId: string;
  mentorId: string;
  score: number;
  locked: boolean;
  /** 1 = this mentee's best option: their ranking when they gave one, else by score. */
  choiceRank: number;
  /** The best other eligible mentor for this mentee, if any. */
  alternative: { mentorId: string; score: number } | null;
}

export interface CohortResult {
  pairs: CohortPair[];
  unmatched: { menteeId: string; reason: string }[];
  total: number;
  greedyTotal: number;
  /** Share of matched mentees who got one of their top three choices. */
  topThreeShare: number | null;
  /** Counts of pair scores in ten bands: [0–0.1), …, [0.9–1]. */
  scoreBands: number[];
  mentorLoad: { mentorId: string; load: number; capacity: number }[];
  timings: { scoreMs: number; solveMs: number };
}

export class CohortError extends Error {}

export function toAssignmentProblem(
  matrix: ScoreMatrix,
  capacities: number[],
  locked: [number, number][] = [],
): AssignmentProblem {
  const weights = new Int32Array(matrix.scores.length);
  for (let k = 0; k < weights.length; k += 1) {
    const score = matrix.scores[k]!;
    weights[k] = Number.isNaN(score) ? ineligible : Math.round(score * scoreScale);
  }
  return { mentees: matrix.mentees, mentors: matrix.mentors, weights, capacities: Int32Array.from(capacities), locked };
}

/** How a mentee ranks a mentor: their own list when they made one, else by score (ties share a rank). */
export function choiceRank(mentee: Candidate, mentorIndex: number, mentors: Candidate[], row: Float64Array): number {
  if (mentee.preferences.length > 0) {
    const rank = mentee.preferences.indexOf(mentors[mentorIndex]!.id);
    return rank < 0 ? mentee.preferences.length + 1 : rank + 1;
  }
  const score = row[mentorIndex]!;
  let better = 0;
  for (const other of row) if (!Number.isNaN(other) && other > score) better += 1;
  return better + 1;
}

function unmatchedReason(matrix: ScoreMatrix, i: number): string {
  if (matrix.eligibleMentors[i]! > 0) {
    return "Every eligible mentor's places went to pairs that score more for the cohort; add mentor capacity or lock a pair.";
  }
  const counts = hardRules
    .map((rule, r) => ({ rule, count: matrix.ruleFailures[i * hardRules.length + r]! }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  if (counts.length === 0) return "No mentors in the cohort.";
  return `No eligible mentor: ${counts.map((c) => `${c.count} ${hardRuleLabels[c.rule]}`).join(", ")}.`;
}

export function matchCohort(input: CohortInput): CohortResult {
  const { mentees, mentors, config } = input;
  const menteeIndex = new Map(mentees.map((mentee, i) => [mentee.id, i]));
  const mentorIndex = new Map(mentors.map((mentor, j) => [mentor.id, j]));
  const locked = (input.locked ?? []).map(([menteeId, mentorId]): [number, number] => {
    const i = menteeIndex.get(menteeId);
    const j = mentorIndex.get(mentorId);
    if (i === undefined || j === undefined)
      throw new CohortError("A locked pair refers to someone no longer approved in this programme.");
    return [i, j];
  });

  const scoreStart = performance.now();
  const matrix = buildScoreMatrix(mentees, mentors, config, input.forbidden);
  const scoreMs = performance.now() - scoreStart;

  const solveStart = performance.now();
  const problem = toAssignmentProblem(
    matrix,
    mentors.map((mentor) => mentor.capacity),
    locked,
  );
  for (const [i, j] of locked) {
    if (problem.weights[i * mentors.length + j] === ineligible) {
      throw new CohortError(
        `${mentees[i]!.name} and ${mentors[j]!.name} are locked together but fail a hard rule; unlock them or change the rules.`,
      );
    }
  }
  const optimal = solveAssignment(problem);
  const solveMs = performance.now() - solveStart;
  const greedy = greedyAssignment(problem);

  const lockedSet = new Set(locked.map(([i]) => i));
  const pairs: CohortPair[] = [];
  const unmatched: CohortResult["unmatched"] = [];
  const scoreBands = new Array<number>(10).fill(0);
  const load = new Array<number>(mentors.length).fill(0);
  let total = 0;
  let greedyTotal = 0;
  let topThree = 0;
  optimal.mentorOf.forEach((j, i) => {
    const mentee = mentees[i]!;
    if (j < 0) {
      unmatched.push({ menteeId: mentee.id, reason: unmatchedReason(matrix, i) });
      return;
    }
    const row = matrix.scores.subarray(i * mentors.length, (i + 1) * mentors.length);
    const score = row[j]!;
    const rank = choiceRank(mentee, j, mentors, row);
    let alternative: CohortPair["alternative"] = null;
    for (let k = 0; k < mentors.length; k += 1) {
      const other = row[k]!;
      if (k !== j && !Number.isNaN(other) && (alternative === null || other > alternative.score))
        alternative = { mentorId: mentors[k]!.id, score: other };
    }
    pairs.push({ menteeId: mentee.id, mentorId: mentors[j]!.id, score, locked: lockedSet.has(i), choiceRank: rank, alternative });
    total += score;
    load[j]! += 1;
    scoreBands[Math.min(9, Math.floor(score * 10))]! += 1;
    if (rank <= 3) topThree += 1;
  });
  greedy.mentorOf.forEach((j, i) => {
    if (j >= 0) greedyTotal += matrix.scores[i * mentors.length + j]!;
  });

  return {
    pairs,
    unmatched,
    total,
    greedyTotal,
    topThreeShare: pairs.length > 0 ? topThree / pairs.length : null,
    scoreBands,
    mentorLoad: mentors.map((mentor, j) => ({ mentorId: mentor.id, load: load[j]!, capacity: mentor.capacity })),
    timings: { scoreMs, solveMs },
  };
}
