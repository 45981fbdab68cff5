import type { Candidate } from "@/lib/matching/candidate";
import { hardRuleLabels, hardRules, type MatchingConfig } from "@/lib/matching/config";
import { explainPair, type ExplanationPart } from "@/lib/matching/score-pair";
import type { StoredExplanation } from "@/lib/matching/explanation";
import { scoreScale } from "@/lib/matching/match-cohort";
import { maxWeightMatching, type WeightedEdge } from "@/lib/matching/max-weight-matching";
import { buildScoreMatrix } from "@/lib/matching/score-matrix";

/**
 * Peer mentoring: one pool, and each pair mentors both ways. A pair's score is the mean of its two
 * directions (a learning from b, b learning from a); a pair is eligible only if both directions
 * pass the hard rules. The cohort is then a maximum-weight matching on the pool's general graph.
 */
export interface PeerPair {
  /** Participation ids, the lower first, so the same pool always stores the same rows. */
  firstId: string;
  secondId: string;
  score: number;
  locked: boolean;
}

export interface PeerResult {
  pairs: PeerPair[];
  unmatched: { id: string; reason: string }[];
  total: number;
  /** What best-pair-first would reach, for the report. */
  greedyTotal: number;
  scoreBands: number[];
  timings: { scoreMs: number; solveMs: number };
}

export class PeerMatchingError extends Error {}

/** Symmetric pair scores, NaN where either direction fails a hard rule. */
export function peerScores(pool: Candidate[], config: MatchingConfig, forbidden: ReadonlySet<string> = new Set()) {
  // A coordinator's "never these two" holds whichever way round it was recorded.
  const both = new Set([...forbidden].flatMap((key) => [key, key.split(":").reverse().join(":")]));
  const matrix = buildScoreMatrix(pool, pool, config, both);
  const n = pool.length;
  const scores = new Float64Array(n * n).fill(NaN);
  for (let a = 0; a < n; a += 1)
    for (let b = a + 1; b < n; b += 1) {
      const ab = matrix.scores[a * n + b]!;
      const ba = matrix.scores[b * n + a]!;
      if (!Number.isNaN(ab) && !Number.isNaN(ba)) scores[a * n + b] = scores[b * n + a] = (ab + ba) / 2;
    }
  return { scores, matrix };
}

function unmatchedReason(matrix: ReturnType<typeof buildScoreMatrix>, scores: Float64Array, n: number, i: number): string {
  let eligible = 0;
  for (let j = 0; j < n; j += 1) if (!Number.isNaN(scores[i * n + j]!)) eligible += 1;
  if (eligible > 0)
    return "Every eligible peer went to a pair that scores more for the cohort; with an odd pool one person waits for the next round.";
  const counts = hardRules
    .filter((rule) => rule !== "self")
    .map((rule) => ({ rule, count: matrix.ruleFailures[i * hardRules.length + hardRules.indexOf(rule)]! }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
  if (counts.length === 0) return n <= 1 ? "No one else is in the pool yet." : "No eligible peer.";
  return `No eligible peer: ${counts.map((c) => `${c.count} ${hardRuleLabels[c.rule]}`).join(", ")}.`;
}

export function matchPeers(input: {
  pool: Candidate[];
  config: MatchingConfig;
  /** Pairs a coordinator fixed, by participation id. */
  locked?: [string, string][];
  forbidden?: ReadonlySet<string>;
}): PeerResult {
  const pool = [...input.pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = pool.length;
  const index = new Map(pool.map((p, i) => [p.id, i]));
  const scoreStart = performance.now();
  const { scores, matrix } = peerScores(pool, input.config, input.forbidden);
  const scoreMs = performance.now() - scoreStart;

  const fixed = new Int32Array(n).fill(-1);
  for (const [x, y] of input.locked ?? []) {
    const a = index.get(x);
    const b = index.get(y);
    if (a === undefined || b === undefined)
      throw new PeerMatchingError("A locked pair refers to someone no longer approved in this programme.");
    if (Number.isNaN(scores[a * n + b]!))
      throw new PeerMatchingError(
        `${pool[a]!.name} and ${pool[b]!.name} are locked together but fail a hard rule; unlock them or change the rules.`,
      );
    if (fixed[a] !== -1 || fixed[b] !== -1)
      throw new PeerMatchingError(`${pool[fixed[a] !== -1 ? a : b]!.name} is locked into two pairs; remove one lock.`);
    fixed[a] = b;
    fixed[b] = a;
  }

  const solveStart = performance.now();
  const edges: WeightedEdge[] = [];
  for (let a = 0; a < n; a += 1)
    for (let b = a + 1; b < n; b += 1) {
      const score = scores[a * n + b]!;
      // The +1 makes an eligible pair worth more than leaving both alone, so ties favour more pairs.
      if (!Number.isNaN(score) && fixed[a] === -1 && fixed[b] === -1) edges.push([a, b, Math.round(score * scoreScale) + 1]);
    }
  const mate = maxWeightMatching(n, edges);
  const solveMs = performance.now() - solveStart;
  for (let v = 0; v < n; v += 1) if (fixed[v] !== -1) mate[v] = fixed[v]!;

  const pairs: PeerPair[] = [];
  const unmatched: PeerResult["unmatched"] = [];
  const scoreBands = new Array<number>(10).fill(0);
  let total = 0;
  for (let a = 0; a < n; a += 1) {
    const b = mate[a]!;
    if (b === -1) unmatched.push({ id: pool[a]!.id, reason: unmatchedReason(matrix, scores, n, a) });
    else if (a < b) {
      const score = scores[a * n + b]!;
      pairs.push({ firstId: pool[a]!.id, secondId: pool[b]!.id, score, locked: fixed[a] === b });
      total += score;
      scoreBands[Math.min(9, Math.floor(score * 10))]! += 1;
    }
  }

  // Best pair first, for comparison only.
  const taken = new Uint8Array(n);
  let greedyTotal = 0;
  for (const [a, b, w] of [...edges].sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1])) {
    if (taken[a] || taken[b] || w <= 0) continue;
    taken[a] = taken[b] = 1;
    greedyTotal += scores[a * n + b]!;
  }
  for (let v = 0; v < n; v += 1) if (fixed[v]! > v) greedyTotal += scores[v * n + fixed[v]!]!;

  return { pairs, unmatched, total, greedyTotal, scoreBands, timings: { scoreMs, solveMs } };
}

/** Both directions of a peer pair in one explanation: each part is the mean of the two. */
export function explainPeerPair(first: Candidate, second: Candidate, config: MatchingConfig): StoredExplanation {
  const one = explainPair(second, first, config);
  const other = explainPair(first, second, config);
  const partsOf = (e: typeof one) => (e.eligible ? e.parts : []);
  const criteriaSeen = [...new Set([...partsOf(one), ...partsOf(other)].map((p) => p.criterion))];
  const parts: ExplanationPart[] = criteriaSeen.map((criterion) => {
    const a = partsOf(one).find((p) => p.criterion === criterion);
    const b = partsOf(other).find((p) => p.criterion === criterion);
    const evidence = a && b && a.evidence !== b.evidence ? `${a.evidence}; in return, ${b.evidence}` : (a ?? b)!.evidence;
    return {
      criterion,
      weight: config.weights[criterion],
      score: ((a?.score ?? 0) + (b?.score ?? 0)) / 2,
      contribution: ((a?.contribution ?? 0) + (b?.contribution ?? 0)) / 2,
      evidence,
    };
  });
  const dropped = one.eligible ? one.dropped.filter((d) => !criteriaSeen.includes(d.criterion)) : [];
  return {
    total: parts.reduce((sum, p) => sum + p.contribution, 0),
    parts,
    dropped,
    choiceRank: null,
    choiceRankBasis: "score",
    alternative: null,
  };
}
