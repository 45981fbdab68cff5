import { describe, expect, it } from "vitest";
import { roiFigures, roiRange, roiSensitivity, type RoiInput } from "@/lib/kpi/roi";

const input: RoiInput = {
  retentionDifference: { expected: 0.1, low: 0.02, high: 0.18 },
  participants: 50,
  averageSalary: 60_000,
  programCosts: 20_000,
  sessionHours: 400,
  months: 12,
  assumptions: { replacementCostShare: 0.5, isolation: 0.5, confidence: 0.8, hourlyOverhead: 0.25 },
};

describe("ROI (Phillips)", () => {
  it("reproduces the hand-worked case", () => {
    const roi = roiFigures(input);
    // 0.1 × 50 = 5 exits avoided; 5 × 60,000 × 0.5 replacement × 0.5 isolation × 0.8 confidence.
    expect(roi.avoidedExits).toBeCloseTo(5, 10);
    expect(roi.benefits).toBeCloseTo(60_000, 6);
    // 60,000 / 1,720 hours × 1.25 overhead = 43.60 an hour; 400 hours = 17,441.86.
    expect(roi.loadedHourlyRate).toBeCloseTo(43.6047, 4);
    expect(roi.sessionCost).toBeCloseTo(17_441.86, 2);
    expect(roi.costs).toBeCloseTo(37_441.86, 2);
    expect(roi.roiPercent).toBeCloseTo(60.248, 3);
    expect(roi.benefitCostRatio).toBeCloseTo(1.60248, 5);
    // 37,441.86 / (60,000 / 12 a month) = 7.49 months.
    expect(roi.paybackMonths).toBeCloseTo(7.4884, 4);
  });

  it("adds other benefits with their own isolation and confidence", () => {
    const roi = roiFigures({
      ...input,
      otherBenefits: [{ label: "Promotions", amount: 10_000, isolation: 0.5, confidence: 0.5 }],
    });
    expect(roi.otherBenefits).toBe(2_500);
    expect(roi.benefits).toBeCloseTo(62_500, 6);
  });

  it("has no payback when benefits are not positive, and no ratio without costs", () => {
    expect(roiFigures({ ...input, retentionDifference: { expected: -0.05, low: -0.1, high: 0 } }).paybackMonths).toBeNull();
    const free = roiFigures({ ...input, programCosts: 0, sessionHours: 0 });
    expect(free.roiPercent).toBeNull();
    expect(free.benefitCostRatio).toBeNull();
  });

  it("ranges from the interval's lower to its upper bound", () => {
    const range = roiRange(input);
    expect(range.conservative.benefits).toBeCloseTo(12_000, 6);
    expect(range.expected.benefits).toBeCloseTo(60_000, 6);
    expect(range.optimistic.benefits).toBeCloseTo(108_000, 6);
    expect(range.conservative.roiPercent!).toBeLessThan(range.expected.roiPercent!);
  });

  it("ranks the assumption that moves ROI most first", () => {
    const rows = roiSensitivity(input);
    expect(rows[0]!.assumption).toBe("Retention difference");
    expect(rows.map((r) => r.swing)).toEqual([...rows.map((r) => r.swing)].sort((a, b) => b - a));
    const confidence = rows.find((r) => r.assumption === "Confidence")!;
    expect(confidence.low.value).toBeCloseTo(0.64, 10);
    expect(confidence.high.value).toBeCloseTo(0.96, 10);
  });
});
