/**
 * Exact cohort assignment: choose at most one mentor per mentee, at most `capacities[j]` mentees
 * per mentor, maximising the total weight. Mentees may stay unmatched (when every option is
 * ineligible, or when leaving one out lets others score more).
 *
 * Min-cost flow by successive shortest paths with potentials (Jonker–Volgenant style, one mentee
 * at a time). Mentors are nodes with a capacity, not expanded into slots, so a mentee's Dijkstra
 * step relaxes `mentors` edges, not `mentors × capacity`. Weights are integers, so the optimum is
 * exact and the result deterministic: ties break on the lowest node index.
 */
export const ineligible = -1;

export interface AssignmentProblem {
  mentees: number;
  mentors: number;
  /** Row-major mentees × mentors integer weights ≥ 0; `ineligible` (-1) where a pair may not be made. */
  weights: Int32Array;
  capacities: Int32Array;
  /** Pairs fixed before optimising: [mentee, mentor]. */
  locked?: readonly (readonly [number, number])[];
  /**
   * How many of each mentee's best mentors the search starts from (default 48). The answer is
   * still exact: the final potentials are checked against every pair, and any pair that could
   * improve the total joins the search, which runs again.
   */
  candidateLimit?: number;
}

export interface Assignment {
  /** Mentor index per mentee, or -1 when unmatched. */
  mentorOf: Int32Array;
  /** Sum of the weights of the assigned pairs. */
  total: number;
}

export class AssignmentError extends Error {}

export function validateProblem(problem: AssignmentProblem): void {
  const { mentees, mentors, weights, capacities } = problem;
  if (weights.length !== mentees * mentors)
    throw new AssignmentError(`Expected ${mentees * mentors} weights, got ${weights.length}.`);
  if (capacities.length !== mentors) throw new AssignmentError(`Expected ${mentors} capacities, got ${capacities.length}.`);
  for (const capacity of capacities) if (capacity < 0) throw new AssignmentError("Capacities cannot be negative.");
  for (const weight of weights) if (weight < ineligible) throw new AssignmentError("Weights must be ≥ 0, or -1 for ineligible.");
}

/** Applies the locks: returns the remaining capacity, or throws when a lock cannot stand. */
function applyLocks(problem: AssignmentProblem, mentorOf: Int32Array): Int32Array {
  const remaining = Int32Array.from(problem.capacities);
  for (const [mentee, mentor] of problem.locked ?? []) {
    if (mentee < 0 || mentee >= problem.mentees || mentor < 0 || mentor >= problem.mentors)
      throw new AssignmentError(`Locked pair ${mentee}→${mentor} is out of range.`);
    if (mentorOf[mentee] !== -1) throw new AssignmentError(`Mentee ${mentee} is locked twice.`);
    if (problem.weights[mentee * problem.mentors + mentor] === ineligible)
      throw new AssignmentError(`Locked pair ${mentee}→${mentor} is ineligible.`);
    if (remaining[mentor]! <= 0) throw new AssignmentError(`Locks give mentor ${mentor} more mentees than their capacity.`);
    mentorOf[mentee] = mentor;
    remaining[mentor]! -= 1;
  }
  return remaining;
}

export function totalWeight(problem: AssignmentProblem, mentorOf: Int32Array): number {
  let total = 0;
  for (let i = 0; i < problem.mentees; i += 1) {
    const j = mentorOf[i]!;
    if (j >= 0) total += problem.weights[i * problem.mentors + j]!;
  }
  return total;
}

/** Each mentee's candidate mentors, compressed: row i is cols[offsets[i] .. offsets[i+1]). */
interface Candidates {
  offsets: Int32Array;
  cols: Int32Array;
}

function candidateLists(problem: AssignmentProblem, perMentee: (i: number) => number[]): Candidates {
  const rows: number[][] = [];
  let size = 0;
  for (let i = 0; i < problem.mentees; i += 1) {
    const row = perMentee(i);
    rows.push(row);
    size += row.length;
  }
  const offsets = new Int32Array(problem.mentees + 1);
  const cols = new Int32Array(size);
  rows.forEach((row, i) => {
    cols.set(row, offsets[i]!);
    offsets[i + 1] = offsets[i]! + row.length;
  });
  return { offsets, cols };
}

/** The `limit` highest-weight eligible mentors of mentee i, ties to the lower index. */
function topMentors(problem: AssignmentProblem, i: number, limit: number): number[] {
  const { mentors: m, weights } = problem;
  const keys: number[] = [];
  for (let j = 0; j < m; j += 1) {
    const w = weights[i * m + j]!;
    if (w !== ineligible) keys.push(w * 2 ** 21 + (2 ** 21 - 1 - j));
  }
  if (keys.length <= limit) return keys.map((key) => 2 ** 21 - 1 - (key % 2 ** 21)).sort((a, b) => a - b);
  const sorted = Float64Array.from(keys).sort();
  const top: number[] = [];
  for (let k = sorted.length - 1; k >= sorted.length - limit; k -= 1) top.push(2 ** 21 - 1 - (sorted[k]! % 2 ** 21));
  return top.sort((a, b) => a - b);
}

export function solveAssignment(problem: AssignmentProblem): Assignment {
  validateProblem(problem);
  if (problem.mentors >= 2 ** 21) throw new AssignmentError("At most 2,097,151 mentors.");
  const limit = Math.max(1, problem.candidateLimit ?? 48);
  const rows = Array.from({ length: problem.mentees }, (_, i) => topMentors(problem, i, limit));
  for (;;) {
    const candidates = candidateLists(problem, (i) => rows[i]!);
    const { mentorOf, menteePotential, mentorPotential } = searchCandidates(problem, candidates);
    // Optimality certificate: with these potentials every pair left out must have a non-negative
    // reduced cost. Those that do not could raise the total; add them and search again.
    let added = 0;
    const { mentors: m, weights } = problem;
    for (let i = 0; i < problem.mentees; i += 1) {
      if (menteePotential[i] === undefined || Number.isNaN(menteePotential[i]!)) continue;
      const inList = new Set(rows[i]);
      for (let j = 0; j < m; j += 1) {
        const w = weights[i * m + j]!;
        if (w === ineligible || inList.has(j)) continue;
        if (menteePotential[i]! - w - mentorPotential[j]! < 0) {
          rows[i]!.push(j);
          added += 1;
        }
      }
    }
    if (added === 0) return { mentorOf, total: totalWeight(problem, mentorOf) };
  }
}

function searchCandidates(problem: AssignmentProblem, candidates: Candidates) {
  const { mentees: n, mentors: m, weights } = problem;
  const { offsets, cols } = candidates;
  const mentorOf = new Int32Array(n).fill(-1);
  const capacity = applyLocks(problem, mentorOf);
  const locked = new Uint8Array(n);
  for (const [mentee] of problem.locked ?? []) locked[mentee] = 1;

  // Costs are negated weights. Potentials keep every residual edge's reduced cost ≥ 0: mentors
  // (`mentorPotential`), mentees (`menteePotential`), the "unmatched" column D and the sink T.
  let maxWeight = 0;
  for (const w of weights) if (w > maxWeight) maxWeight = w;
  const mentorPotential = new Float64Array(m).fill(-maxWeight);
  // NaN marks locked mentees: they are outside the search and the certificate.
  const menteePotential = new Float64Array(n);
  for (let i = 0; i < n; i += 1) if (locked[i]) menteePotential[i] = NaN;
  let unmatchedPotential = -maxWeight;
  const sinkPotential = -maxWeight;

  // Where each optimised mentee sits: a mentor, UNMATCHED (column D), or UNPROCESSED.
  const UNMATCHED = -2;
  const UNPROCESSED = -1;
  const column = new Int32Array(n).fill(UNPROCESSED);
  const load = new Int32Array(m);
  // Mentees on each mentor (locks excluded) as an intrusive doubly linked list.
  const firstOnMentor = new Int32Array(m).fill(-1);
  const nextOnMentor = new Int32Array(n).fill(-1);
  const prevOnMentor = new Int32Array(n).fill(-1);
  const unmatched: number[] = [];

  const attach = (i: number, j: number) => {
    const head = firstOnMentor[j]!;
    nextOnMentor[i] = head;
    prevOnMentor[i] = -1;
    if (head >= 0) prevOnMentor[head] = i;
    firstOnMentor[j] = i;
    load[j]! += 1;
  };
  const detach = (i: number, j: number) => {
    const prev = prevOnMentor[i]!;
    const next = nextOnMentor[i]!;
    if (prev >= 0) nextOnMentor[prev] = next;
    else firstOnMentor[j] = next;
    if (next >= 0) prevOnMentor[next] = prev;
    load[j]! -= 1;
  };

  // Dijkstra state. A mentee's only way in is from its current column, so its distance is final
  // as soon as that column is settled: mentees are scanned right away and only columns (mentors,
  // D, T) compete for the next settle, found by a linear scan as in Jonker–Volgenant.
  const mentorDist = new Float64Array(m);
  const mentorSettled = new Uint8Array(m);
  const mentorFrom = new Int32Array(m);
  const menteeDist = new Float64Array(n).fill(Infinity);
  const menteeFrom = new Int32Array(n);
  const scannedMentees: number[] = [];
  const settledMentors: number[] = [];

  for (let s = 0; s < n; s += 1) {
    if (locked[s]) continue;
    // A fresh mentee has no way in, so its potential can be chosen to make its edges' reduced
    // costs non-negative.
    let start = unmatchedPotential;
    for (let k = offsets[s]!; k < offsets[s + 1]!; k += 1) {
      const j = cols[k]!;
      const w = weights[s * m + j]!;
      if (mentorPotential[j]! + w > start) start = mentorPotential[j]! + w;
    }
    menteePotential[s] = start;

    mentorDist.fill(Infinity);
    mentorSettled.fill(0);
    let unmatchedDist = Infinity;
    let unmatchedFrom = -1;
    let unmatchedSettled = false;
    let sinkDist = Infinity;
    let sinkFrom = -1; // a mentor index, or -2 for D
    scannedMentees.length = 0;
    settledMentors.length = 0;

    const scanMentee = (i: number, d: number, from: number) => {
      menteeDist[i] = d;
      menteeFrom[i] = from;
      scannedMentees.push(i);
      const base = i * m;
      const pi = menteePotential[i]! + d;
      const current = column[i]!;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k += 1) {
        const j = cols[k]!;
        if (j === current) continue;
        const candidate = pi - weights[base + j]! - mentorPotential[j]!;
        if (candidate < mentorDist[j]!) {
          mentorDist[j] = candidate;
          mentorFrom[j] = i;
        }
      }
      if (current !== UNMATCHED) {
        const candidate = pi - unmatchedPotential;
        if (candidate < unmatchedDist) {
          unmatchedDist = candidate;
          unmatchedFrom = i;
        }
      }
    };

    scanMentee(s, 0, -1);
    for (;;) {
      // The nearest unsettled column; ties go to the lowest mentor index, then D, then T.
      let best = -1;
      let bestDist = Infinity;
      for (let j = 0; j < m; j += 1) {
        if (!mentorSettled[j] && mentorDist[j]! < bestDist) {
          bestDist = mentorDist[j]!;
          best = j;
        }
      }
      if (!unmatchedSettled && unmatchedDist < bestDist) {
        bestDist = unmatchedDist;
        best = -2;
      }
      if (sinkDist <= bestDist) break;
      if (best === -1) break;
      if (best === -2) {
        unmatchedSettled = true;
        const pd = unmatchedPotential + unmatchedDist;
        for (const i of unmatched) if (menteeDist[i] === Infinity) scanMentee(i, pd - menteePotential[i]!, -2);
        const toSink = pd - sinkPotential;
        if (toSink < sinkDist) {
          sinkDist = toSink;
          sinkFrom = -2;
        }
        continue;
      }
      mentorSettled[best] = 1;
      settledMentors.push(best);
      const pj = mentorPotential[best]! + bestDist;
      if (load[best]! < capacity[best]!) {
        const toSink = pj - sinkPotential;
        if (toSink < sinkDist) {
          sinkDist = toSink;
          sinkFrom = best;
        }
      }
      for (let i = firstOnMentor[best]!; i >= 0; i = nextOnMentor[i]!) {
        if (menteeDist[i] === Infinity) scanMentee(i, pj + weights[i * m + best]! - menteePotential[i]!, best);
      }
    }

    // Potentials: every reached node moves by min(dist, dT) − dT.
    for (const j of settledMentors) mentorPotential[j]! += Math.min(mentorDist[j]!, sinkDist) - sinkDist;
    for (const i of scannedMentees) menteePotential[i]! += Math.min(menteeDist[i]!, sinkDist) - sinkDist;
    if (unmatchedSettled) unmatchedPotential += Math.min(unmatchedDist, sinkDist) - sinkDist;

    // Walk the path back from T: each mentee on it moves to the column after it.
    let nextColumn = sinkFrom === -2 ? UNMATCHED : sinkFrom;
    let mentee = sinkFrom === -2 ? unmatchedFrom : mentorFrom[sinkFrom]!;
    for (;;) {
      const previous = column[mentee]!;
      if (previous >= 0) detach(mentee, previous);
      else if (previous === UNMATCHED) unmatched.splice(unmatched.indexOf(mentee), 1);
      column[mentee] = nextColumn;
      if (nextColumn >= 0) attach(mentee, nextColumn);
      else unmatched.push(mentee);
      const from = menteeFrom[mentee]!;
      if (mentee === s) break;
      nextColumn = from === -2 ? UNMATCHED : from;
      mentee = from === -2 ? unmatchedFrom : mentorFrom[from]!;
    }
    for (const i of scannedMentees) menteeDist[i] = Infinity;
  }

  for (let i = 0; i < n; i += 1) if (!locked[i]) mentorOf[i] = column[i]! >= 0 ? column[i]! : -1;
  return { mentorOf, menteePotential, mentorPotential };
}

/** The baseline a coordinator would get by hand: best remaining pair first. */
export function greedyAssignment(problem: AssignmentProblem): Assignment {
  validateProblem(problem);
  const { mentees: n, mentors: m, weights } = problem;
  const mentorOf = new Int32Array(n).fill(-1);
  const capacity = applyLocks(problem, mentorOf);
  // Pack (weight, pair index) into one sortable number: weight ≤ 2^21, index < 2^31.
  const keys: number[] = [];
  for (let i = 0; i < n; i += 1) {
    if (mentorOf[i] !== -1) continue;
    for (let j = 0; j < m; j += 1) {
      const w = weights[i * m + j]!;
      if (w !== ineligible) keys.push(w * 2 ** 31 + (2 ** 31 - 1 - (i * m + j)));
    }
  }
  const sorted = Float64Array.from(keys).sort().reverse();
  for (const key of sorted) {
    const pair = 2 ** 31 - 1 - (key % 2 ** 31);
    const i = Math.floor(pair / m);
    const j = pair - i * m;
    if (mentorOf[i] === -1 && capacity[j]! > 0) {
      mentorOf[i] = j;
      capacity[j]! -= 1;
    }
  }
  return { mentorOf, total: totalWeight(problem, mentorOf) };
}
