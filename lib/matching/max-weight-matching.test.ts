import { describe, expect, it } from "vitest";
import { maxWeightMatching, MatchingInputError, type WeightedEdge } from "@/lib/matching/max-weight-matching";
import { seededRandom } from "@/lib/matching/random";

/** The best total over every matching, by trying each edge in or out. */
function bruteForce(n: number, edges: WeightedEdge[]): number {
  let best = 0;
  const used = new Uint8Array(n);
  const visit = (k: number, total: number) => {
    if (k === edges.length) {
      best = Math.max(best, total);
      return;
    }
    visit(k + 1, total);
    const [i, j, w] = edges[k]!;
    if (!used[i] && !used[j]) {
      used[i] = used[j] = 1;
      visit(k + 1, total + w);
      used[i] = used[j] = 0;
    }
  };
  visit(0, 0);
  return best;
}

function randomGraph(random: () => number, n: number, density: number, maxWeight: number): WeightedEdge[] {
  const edges: WeightedEdge[] = [];
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1)
      if (random() < density)
        edges.push(random() < 0.5 ? [i, j, Math.floor(random() * maxWeight) + 1] : [j, i, Math.floor(random() * maxWeight) + 1]);
  return edges;
}

function checkMatching(n: number, edges: WeightedEdge[], mate: Int32Array): number {
  const weight = new Map(edges.map(([i, j, w]) => [`${Math.min(i, j)}:${Math.max(i, j)}`, w]));
  let total = 0;
  for (let v = 0; v < n; v += 1) {
    const u = mate[v]!;
    if (u === -1) continue;
    expect(u).not.toBe(v);
    expect(mate[u]).toBe(v);
    const w = weight.get(`${Math.min(u, v)}:${Math.max(u, v)}`);
    expect(w).toBeDefined();
    if (v < u) total += w!;
  }
  return total;
}

describe("maximum-weight matching on a general graph", () => {
  it("equals brute force on 1,500 random small graphs, odd cycles included", () => {
    const random = seededRandom(12);
    for (let round = 0; round < 1500; round += 1) {
      const n = 1 + Math.floor(random() * 11);
      const edges = randomGraph(random, n, 0.2 + random() * 0.8, round % 3 === 0 ? 3 : 1000);
      if (edges.length > 22) edges.length = 22;
      const mate = maxWeightMatching(n, edges);
      expect(checkMatching(n, edges, mate)).toBe(bruteForce(n, edges));
    }
  });

  it("finds the optimum through nested blossoms (known cases from the reference test suite)", () => {
    // A triangle with a pendant: the blossom must be expanded to reach the better matching.
    expect(
      Array.from(
        maxWeightMatching(4, [
          [0, 1, 6],
          [0, 2, 10],
          [1, 2, 12],
          [2, 3, 9],
        ]),
      ),
    ).toEqual([1, 0, 3, 2]);
    // Nested S-blossom, then relabel as T.
    const nested: WeightedEdge[] = [
      [1, 2, 9],
      [1, 3, 9],
      [2, 3, 10],
      [2, 4, 8],
      [3, 5, 8],
      [4, 5, 10],
      [5, 6, 6],
    ];
    expect(checkMatching(7, nested, maxWeightMatching(7, nested))).toBe(bruteForce(7, nested));
    const relabelExpand: WeightedEdge[] = [
      [1, 2, 23],
      [1, 5, 22],
      [1, 6, 15],
      [2, 3, 25],
      [3, 4, 22],
      [4, 5, 25],
      [4, 8, 14],
      [5, 7, 13],
    ];
    expect(Array.from(maxWeightMatching(9, relabelExpand))).toEqual([-1, 6, 3, 2, 8, 7, 1, 5, 4]);
    for (const edges of [
      [
        [1, 2, 19],
        [1, 3, 20],
        [1, 8, 8],
        [2, 3, 25],
        [2, 4, 18],
        [3, 5, 18],
        [4, 5, 13],
        [4, 7, 7],
        [5, 6, 7],
      ],
      [
        [1, 2, 45],
        [1, 5, 45],
        [2, 3, 50],
        [3, 4, 45],
        [4, 5, 50],
        [1, 6, 30],
        [3, 9, 35],
        [4, 8, 35],
        [5, 7, 26],
        [9, 10, 5],
      ],
      [
        [1, 2, 45],
        [1, 7, 45],
        [2, 3, 50],
        [3, 4, 45],
        [4, 5, 95],
        [4, 6, 94],
        [5, 6, 94],
        [6, 7, 50],
        [1, 8, 30],
        [3, 11, 35],
        [5, 9, 36],
        [7, 10, 26],
        [11, 12, 5],
      ],
    ] as WeightedEdge[][]) {
      const n = Math.max(...edges.flatMap(([i, j]) => [i, j])) + 1;
      expect(checkMatching(n, edges, maxWeightMatching(n, edges))).toBe(bruteForce(n, edges));
    }
  });

  it("never pairs a vertex with itself and refuses self-loops and stray vertices", () => {
    expect(() => maxWeightMatching(3, [[1, 1, 5]])).toThrow(MatchingInputError);
    expect(() => maxWeightMatching(3, [[0, 3, 5]])).toThrow(MatchingInputError);
    expect(() => maxWeightMatching(3, [[0, 1, 1.5]])).toThrow(MatchingInputError);
    expect(Array.from(maxWeightMatching(3, []))).toEqual([-1, -1, -1]);
  });

  it("is deterministic: the same input gives the same matching, also with many ties", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 50; round += 1) {
      const edges = randomGraph(random, 30, 0.4, 2);
      expect(Array.from(maxWeightMatching(30, edges))).toEqual(Array.from(maxWeightMatching(30, edges)));
    }
  });
});
