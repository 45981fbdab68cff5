import { describe, expect, it } from "vitest";
import { greedyAssignment, ineligible, solveAssignment, type AssignmentProblem } from "@/lib/matching/solver";
import { seededRandom } from "@/lib/matching/random";

function randomProblem(seed: number, maxMentees = 7, maxMentors = 4): AssignmentProblem {
  const random = seededRandom(seed);
  const mentees = 1 + Math.floor(random() * maxMentees);
  const mentors = 1 + Math.floor(random() * maxMentors);
  const weights = new Int32Array(mentees * mentors);
  for (let k = 0; k < weights.length; k += 1) {
    // Some ineligible pairs, some ties, some zeros: the cases that break naive solvers.
    const r = random();
    weights[k] = r < 0.25 ? ineligible : r < 0.35 ? 0 : Math.floor(random() * 6) * 10;
  }
  const capacities = Int32Array.from({ length: mentors }, () => Math.floor(random() * 3));
  return { mentees, mentors, weights, capacities };
}

/** Every assignment there is, for small problems: the reference the solver must equal. */
function bruteForceBest(problem: AssignmentProblem): number {
  const { mentees, mentors, weights, capacities } = problem;
  const load = new Int32Array(mentors);
  const lockedMentor = new Map((problem.locked ?? []).map(([i, j]) => [i, j]));
  let best = -Infinity;
  const visit = (i: number, total: number) => {
    if (i === mentees) {
      best = Math.max(best, total);
      return;
    }
    const fixed = lockedMentor.get(i);
    const options = fixed !== undefined ? [fixed] : [-1, ...Array.from({ length: mentors }, (_, j) => j)];
    for (const j of options) {
      if (j === -1) {
        visit(i + 1, total);
        continue;
      }
      const w = weights[i * mentors + j]!;
      if (w === ineligible || load[j]! >= capacities[j]!) continue;
      load[j]! += 1;
      visit(i + 1, total + w);
      load[j]! -= 1;
    }
  };
  visit(0, 0);
  return best;
}

function checkFeasible(problem: AssignmentProblem, mentorOf: Int32Array) {
  const load = new Int32Array(problem.mentors);
  mentorOf.forEach((j, i) => {
    if (j < 0) return;
    expect(problem.weights[i * problem.mentors + j]).not.toBe(ineligible);
    load[j]! += 1;
  });
  load.forEach((count, j) => expect(count).toBeLessThanOrEqual(problem.capacities[j]!));
}

describe("cohort assignment solver", () => {
  it("equals brute force on 600 random small cohorts, within capacity and eligibility", () => {
    for (let seed = 1; seed <= 600; seed += 1) {
      const problem = randomProblem(seed);
      const result = solveAssignment(problem);
      checkFeasible(problem, result.mentorOf);
      expect(result.total, `seed ${seed}`).toBe(bruteForceBest(problem));
    }
  });

  it("stays exact when the search starts from only each mentee's best one or two mentors", () => {
    for (let seed = 3000; seed < 3400; seed += 1) {
      const problem = { ...randomProblem(seed, 8, 5), candidateLimit: 1 + (seed % 2) };
      const result = solveAssignment(problem);
      checkFeasible(problem, result.mentorOf);
      expect(result.total, `seed ${seed}`).toBe(bruteForceBest(problem));
    }
  });

  it("honours locked pairs and is still optimal for everyone else", () => {
    for (let seed = 1000; seed < 1300; seed += 1) {
      const problem = randomProblem(seed);
      const random = seededRandom(seed);
      const load = new Int32Array(problem.mentors);
      const locked: [number, number][] = [];
      for (let i = 0; i < problem.mentees; i += 1) {
        const j = Math.floor(random() * problem.mentors);
        if (random() < 0.3 && problem.weights[i * problem.mentors + j] !== ineligible && load[j]! < problem.capacities[j]!) {
          locked.push([i, j]);
          load[j]! += 1;
        }
      }
      const withLocks = { ...problem, locked };
      const result = solveAssignment(withLocks);
      for (const [i, j] of locked) expect(result.mentorOf[i]).toBe(j);
      checkFeasible(problem, result.mentorOf);
      expect(result.total, `seed ${seed}`).toBe(bruteForceBest(withLocks));
    }
  });

  it("is deterministic: the same input gives the same assignment", () => {
    const problem = randomProblem(42, 40, 12);
    const first = solveAssignment(problem);
    const second = solveAssignment({
      ...problem,
      weights: Int32Array.from(problem.weights),
      capacities: Int32Array.from(problem.capacities),
    });
    expect(Array.from(second.mentorOf)).toEqual(Array.from(first.mentorOf));
  });

  it("prefers leaving one mentee out when that lets the cohort score more", () => {
    // A fits M1 very well (90) or M2 poorly (10); B fits only M1 (50). Best total leaves B out.
    const problem = {
      mentees: 2,
      mentors: 2,
      weights: Int32Array.from([90, 10, 50, ineligible]),
      capacities: Int32Array.from([1, 1]),
    };
    const result = solveAssignment(problem);
    expect(Array.from(result.mentorOf)).toEqual([0, -1]);
    expect(result.total).toBe(90);
  });

  it("beats or equals the greedy baseline, which it sometimes strictly beats", () => {
    let strictlyBetter = 0;
    for (let seed = 2000; seed < 2300; seed += 1) {
      const problem = randomProblem(seed, 10, 5);
      const optimal = solveAssignment(problem).total;
      const greedy = greedyAssignment(problem);
      checkFeasible(problem, greedy.mentorOf);
      expect(optimal).toBeGreaterThanOrEqual(greedy.total);
      if (optimal > greedy.total) strictlyBetter += 1;
    }
    expect(strictlyBetter).toBeGreaterThan(0);
  });

  it("refuses locks that break capacity or eligibility", () => {
    const problem = { mentees: 2, mentors: 1, weights: Int32Array.from([5, ineligible]), capacities: Int32Array.from([1]) };
    expect(() => solveAssignment({ ...problem, locked: [[1, 0]] })).toThrow(/ineligible/);
    expect(() =>
      solveAssignment({
        ...problem,
        weights: Int32Array.from([5, 5]),
        locked: [
          [0, 0],
          [1, 0],
        ],
      }),
    ).toThrow(/capacity/);
  });
});
