import { describe, expect, it } from "vitest";
import { mentorPlaces, planGroups, type OpenGroup } from "@/lib/groups/group-size";
import { matchCohort } from "@/lib/matching/match-cohort";
import { seededRandom } from "@/lib/matching/random";
import { syntheticCohort } from "@/lib/matching/synthetic";
import { programTypeTemplates } from "@/lib/programs/type-templates";

const config = programTypeTemplates.GROUP.matching;

function sizes(pairs: { id: string; mentorId: string }[], open: OpenGroup[], groupSize: number) {
  const plan = planGroups(pairs, open, groupSize);
  const size = new Map(open.map((g) => [g.id, g.size]));
  for (const groupId of plan.joins.values()) size.set(groupId, size.get(groupId)! + 1);
  return { plan, sizes: [...size.values(), ...plan.opens.map((g) => g.pairIds.length)] };
}

describe("group formation", () => {
  it("never puts more mentees in a circle than the group size, and places every pair once", () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = seededRandom(seed);
      const groupSize = 2 + Math.floor(random() * 5);
      const mentors = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, k) => `mentor-${k}`);
      const open: OpenGroup[] = mentors
        .filter(() => random() < 0.5)
        .map((mentorId, k) => ({ id: `group-${k}`, mentorId, size: Math.floor(random() * (groupSize + 1)) }));
      const pairs = Array.from({ length: Math.floor(random() * 20) }, (_, k) => ({
        id: `pair-${k}`,
        mentorId: mentors[Math.floor(random() * mentors.length)]!,
      }));
      const { plan, sizes: all } = sizes(pairs, open, groupSize);
      expect(Math.max(0, ...all)).toBeLessThanOrEqual(groupSize);
      const placed = [...plan.joins.keys(), ...plan.opens.flatMap((g) => g.pairIds)];
      expect(placed.sort()).toEqual(pairs.map((p) => p.id).sort());
      // A circle only ever holds one mentor's mentees.
      for (const [pairId, groupId] of plan.joins) {
        expect(open.find((g) => g.id === groupId)!.mentorId).toBe(pairs.find((p) => p.id === pairId)!.mentorId);
      }
      for (const fresh of plan.opens) {
        expect(fresh.pairIds.every((id) => pairs.find((p) => p.id === id)!.mentorId === fresh.mentorId)).toBe(true);
      }
    }
  });

  it("forms one circle per mentor from what the matcher assigns at the group size", () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const groupSize = 2 + (seed % 4);
      const cohort = syntheticCohort(seed, 30, 6, 1);
      const mentors = cohort.mentors.map((m) => ({
        ...m,
        capacity: mentorPlaces({ type: "GROUP", maxGroupSize: groupSize }, m.capacity),
      }));
      const result = matchCohort({ mentees: cohort.mentees, mentors, config });
      const pairs = result.pairs.map((p, k) => ({ id: `pair-${k}`, mentorId: p.mentorId }));
      const { plan } = sizes(pairs, [], groupSize);
      expect(plan.opens.every((g) => g.pairIds.length <= groupSize)).toBe(true);
      expect(new Set(plan.opens.map((g) => g.mentorId)).size).toBe(plan.opens.length);
    }
  });

  it("leaves capacity alone outside group programmes", () => {
    expect(mentorPlaces({ type: "ONE_TO_ONE", maxGroupSize: 4 }, 2)).toBe(2);
    expect(mentorPlaces({ type: "GROUP", maxGroupSize: 4 }, 2)).toBe(4);
  });
});
