import { describe, expect, it } from "vitest";
import { describeIssues, evaluate, evaluateInputSchema } from "@/lib/kpi/evaluate";

const assumptions = { replacementCostShare: 0.5, isolation: 0.5, confidence: 0.8, hourlyOverhead: 0.25 };

function person(id: string, participant: boolean, exitedAt: string | null = null) {
  return {
    id,
    department: "Engineering",
    level: 4,
    location: "London",
    hiredAt: "2022-01-10",
    exitedAt,
    exitVoluntary: exitedAt ? true : null,
    annualSalary: 60_000,
    participationStart: participant ? "2024-01-08" : null,
  };
}

// Ten participants, one leaves; ten comparison people, four leave (all within the year).
const input = {
  asOf: "2025-03-01",
  months: 12,
  people: [
    ...Array.from({ length: 10 }, (_, k) => person(`p${k}`, true, k === 0 ? "2024-06-01" : null)),
    ...Array.from({ length: 10 }, (_, k) => person(`c${k}`, false, k < 4 ? `2024-0${k + 3}-15` : null)),
  ],
  assumptions,
  costs: 5_000,
  sessionHours: 100,
};

describe("npm run evaluate", () => {
  it("returns retention against the matched group and the ROI in the documented shape", () => {
    const output = evaluate(evaluateInputSchema.parse(input));
    expect(output.retention).toMatchObject({
      participants: { n: 10, rate: 0.9 },
      comparison: { n: 10, rate: 0.6 },
      difference: 0.3,
      naiveDifference: 0.3,
    });
    expect(output.retention.ci95![0]).toBeLessThan(0.3);
    // 0.3 × 10 = 3 exits avoided × 60,000 × 0.5 × 0.5 × 0.8 = 36,000; costs 5,000 + 100 h × 43.60.
    expect(output.roi).toEqual({
      benefits: 36_000,
      costs: 9_360.47,
      roiPercent: 284.6,
      benefitCostRatio: 3.846,
      paybackMonths: 3.12,
    });
  });

  it("withholds figures for a group under the minimum size", () => {
    const small = { ...input, people: input.people.filter((p) => !["p1", "p2", "p3", "p4", "p5", "p6"].includes(p.id)) };
    const output = evaluate(evaluateInputSchema.parse(small));
    expect(output.retention).toMatchObject({ participants: { n: null, rate: null }, difference: null });
    expect(output.roi.roiPercent).toBeNull();
  });

  it("names the field of every problem", () => {
    const bad = {
      ...input,
      months: "twelve",
      people: [{ ...person("x", true, "2024-05-01"), exitVoluntary: null, hiredAt: "10/01/2022" }],
    };
    const parsed = evaluateInputSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(describeIssues(parsed.error!)).toEqual([
      "months: must be a number of months",
      "people[0].hiredAt: use a date written YYYY-MM-DD",
      "people[0].exitVoluntary: say whether the exit was voluntary (true or false)",
    ]);
    const missing = evaluateInputSchema.safeParse({ ...input, people: [person("x", true, "2024-05-01"), person("x", false)] });
    expect(describeIssues(missing.error!)).toContain('people[1].id: "x" appears twice');
    const voluntary = evaluateInputSchema.safeParse({
      ...input,
      people: [{ ...person("y", true, "2024-05-01"), exitVoluntary: null }],
    });
    expect(describeIssues(voluntary.error!)).toEqual([
      "people[0].exitVoluntary: say whether the exit was voluntary (true or false)",
    ]);
  });
});
