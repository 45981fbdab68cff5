import { describe, expect, it } from "vitest";
import { utcDay } from "@/lib/dates";
import { levelBand, matchComparisonGroup, tenureBand, type PersonHistory } from "@/lib/kpi/comparison-group";

const start = utcDay("2025-01-06");
const asOf = utcDay("2025-12-31");

function person(id: string, overrides: Partial<PersonHistory> = {}): PersonHistory {
  return {
    id,
    department: "Engineering",
    level: 3,
    location: "London",
    hiredAt: utcDay("2023-03-01"),
    exitedAt: null,
    exitVoluntary: null,
    participationStart: null,
    ...overrides,
  };
}

describe("bands", () => {
  it("pairs job levels and cuts tenure at 1, 3 and 5 years on the day asked", () => {
    expect([1, 2, 3, 4, 9, 10].map(levelBand)).toEqual([
      "levels 1–2",
      "levels 1–2",
      "levels 3–4",
      "levels 3–4",
      "levels 9–10",
      "levels 9–10",
    ]);
    expect(levelBand(null)).toBe("level unknown");
    expect(tenureBand(utcDay("2024-06-01"), start)).toBe("under 1 year");
    expect(tenureBand(utcDay("2023-03-01"), start)).toBe("1–3 years");
    expect(tenureBand(utcDay("2021-01-01"), start)).toBe("3–5 years");
    expect(tenureBand(utcDay("2015-01-01"), start)).toBe("5 years or more");
    expect(tenureBand(null, start)).toBe("tenure unknown");
  });
});

describe("coarsened exact matching", () => {
  const people = [
    // Two participants in stratum A (Engineering), one in stratum B (Sales).
    person("p1", { participationStart: start }),
    person("p2", { participationStart: start }),
    person("p3", { department: "Sales", participationStart: start }),
    // Four comparison people in A, one in B, one in a stratum no participant is in.
    person("a1"),
    person("a2"),
    person("a3", { exitedAt: utcDay("2025-07-01"), exitVoluntary: true }),
    person("a4", { exitedAt: utcDay("2025-03-01"), exitVoluntary: false }),
    person("b1", { department: "Sales" }),
    person("c1", { department: "Finance" }),
    // Not employed on the start date: hired after it, or left before it.
    person("late", { hiredAt: utcDay("2025-02-01") }),
    person("gone", { exitedAt: utcDay("2024-12-01"), exitVoluntary: true }),
    // A participant hired after their own start date is not counted.
    person("odd", { hiredAt: utcDay("2025-06-01"), participationStart: start }),
  ];

  it("keeps non-participants employed on the start date in the participants' strata", () => {
    const groups = matchComparisonGroup(people, asOf);
    expect(groups.participants.map((r) => r.personId)).toEqual(["p1", "p2", "p3"]);
    expect(groups.matchedParticipants).toHaveLength(3);
    expect(groups.comparison.map((r) => r.personId).sort()).toEqual(["a1", "a2", "a3", "a4", "b1"]);
    expect(groups.naiveComparison.map((r) => r.personId).sort()).toEqual(["a1", "a2", "a3", "a4", "b1", "c1"]);
  });

  it("weights each stratum to the participants' mix, summing to the comparison group's size", () => {
    const weights = Object.fromEntries(matchComparisonGroup(people, asOf).comparison.map((r) => [r.personId, r.weight]));
    // Stratum A: (2/3) / (4/5) = 5/6 each; stratum B: (1/3) / (1/5) = 5/3.
    expect(weights.a1).toBeCloseTo(5 / 6, 10);
    expect(weights.b1).toBeCloseTo(5 / 3, 10);
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBeCloseTo(5, 10);
  });

  it("counts voluntary exits as events and censors involuntary exits and the end of the data", () => {
    const byId = Object.fromEntries(matchComparisonGroup(people, asOf).comparison.map((r) => [r.personId, r.retention]));
    expect(byId.a3).toEqual({ time: 176, event: true });
    expect(byId.a4).toEqual({ time: 54, event: false });
    expect(byId.a1).toEqual({ time: 359, event: false });
  });

  it("drops participants with no one to compare with from the matched estimate", () => {
    const groups = matchComparisonGroup([...people, person("p4", { location: "Austin", participationStart: start })], asOf);
    expect(groups.participants).toHaveLength(4);
    expect(groups.matchedParticipants.map((r) => r.personId)).not.toContain("p4");
    expect(groups.strata.find((s) => s.stratum.includes("Austin"))).toMatchObject({ participants: 1, comparison: 0 });
  });

  it("times promotions from the start date, censored by leaving", () => {
    const groups = matchComparisonGroup(
      [
        person("p1", { participationStart: start, promotedOn: [utcDay("2024-05-01"), utcDay("2025-04-16")] }),
        person("a1", { promotedOn: [utcDay("2025-11-01")], exitedAt: utcDay("2025-10-01"), exitVoluntary: true }),
      ],
      asOf,
    );
    expect(groups.participants[0]!.promotion).toEqual({ time: 100, event: true });
    expect(groups.comparison[0]!.promotion).toEqual({ time: 268, event: false });
  });
});
