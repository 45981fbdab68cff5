import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/matching/candidate";
import { explainPeerPair, matchPeers, peerScores } from "@/lib/matching/match-peers";
import { syntheticCohort } from "@/lib/matching/synthetic";
import { programTypeTemplates } from "@/lib/programs/type-templates";

const config = programTypeTemplates.PEER.matching;

/** A pool mixing both sides of a synthetic cohort, so levels, skills and languages vary. */
function pool(seed: number, size: number): Candidate[] {
  const { mentees, mentors } = syntheticCohort(seed, Math.ceil(size / 2), Math.floor(size / 2), 1);
  // Mentees want skills, mentors offer them: give everyone a bit of both, as peers do.
  return [...mentees, ...mentors].map((p, k) => ({
    ...p,
    skillsWanted: p.skillsWanted.length ? p.skillsWanted : p.skillsOffered.slice(0, 2),
    skillsOffered: p.skillsOffered.length ? p.skillsOffered : p.skillsWanted.slice(0, 2),
    level: p.level === null ? null : 3 + (k % 3),
  }));
}

/** The best total over every set of disjoint eligible pairs. */
function bruteForce(n: number, scores: Float64Array): number {
  const used = new Uint8Array(n);
  const best = (v: number): number => {
    while (v < n && used[v]) v += 1;
    if (v >= n) return 0;
    used[v] = 1;
    let result = best(v + 1); // v stays unpaired
    for (let w = v + 1; w < n; w += 1) {
      const score = scores[v * n + w]!;
      if (used[w] || Number.isNaN(score)) continue;
      used[w] = 1;
      result = Math.max(result, score + best(v + 1));
      used[w] = 0;
    }
    used[v] = 0;
    return result;
  };
  return best(0);
}

describe("peer matching", () => {
  it("reaches the brute-force optimum on 200 small pools, pairing nobody with themselves or twice", () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const people = pool(seed, 2 + (seed % 9));
      const result = matchPeers({ pool: people, config });
      const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : 1));
      const { scores } = peerScores(sorted, config);
      expect(result.total).toBeCloseTo(bruteForce(sorted.length, scores), 5);
      const seen = new Set<string>();
      for (const pair of result.pairs) {
        expect(pair.firstId).not.toBe(pair.secondId);
        expect(seen.has(pair.firstId) || seen.has(pair.secondId)).toBe(false);
        seen.add(pair.firstId).add(pair.secondId);
        const [a, b] = [pair.firstId, pair.secondId].map((id) => people.find((p) => p.id === id)!);
        if (a!.level !== null && b!.level !== null) expect(Math.abs(a!.level - b!.level)).toBeLessThanOrEqual(1);
      }
      expect(seen.size + result.unmatched.length).toBe(people.length);
      expect(result.total).toBeGreaterThanOrEqual(result.greedyTotal - 1e-9);
    }
  });

  it("is deterministic whatever order the pool arrives in", () => {
    const people = pool(99, 40);
    const first = matchPeers({ pool: people, config });
    const again = matchPeers({ pool: [...people].reverse(), config });
    expect(again.pairs).toEqual(first.pairs);
  });

  it("keeps locked pairs, leaves forbidden ones out in either order, and says why someone waits", () => {
    // Everyone eligible with everyone, so only the locks and the ban decide.
    const people = pool(5, 5).map((p) => ({ ...p, languages: ["English"], level: 4, managerChain: [], utcOffsetMinutes: 0 }));
    const [a, b, c] = [...people].sort((x, y) => (x.id < y.id ? -1 : 1));
    const forbidden = new Set([`${b!.id}:${a!.id}`]);
    const result = matchPeers({ pool: people, config, locked: [[a!.id, c!.id]], forbidden });
    expect(result.pairs.find((p) => p.firstId === a!.id)).toMatchObject({ secondId: c!.id, locked: true });
    expect(result.pairs.some((p) => [p.firstId, p.secondId].includes(b!.id) && [p.firstId, p.secondId].includes(a!.id))).toBe(
      false,
    );
    // Five people: one always waits, and is told why.
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]!.reason).toMatch(/peer/);
  });

  it("explains a pair both ways, with parts adding up to its score", () => {
    const people = pool(11, 12);
    const result = matchPeers({ pool: people, config });
    for (const pair of result.pairs) {
      const [a, b] = [pair.firstId, pair.secondId].map((id) => people.find((p) => p.id === id)!);
      const explanation = explainPeerPair(a!, b!, config);
      expect(explanation.total).toBeCloseTo(pair.score, 9);
    }
  });
});
