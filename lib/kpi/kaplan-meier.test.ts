import { describe, expect, it } from "vitest";
import { kaplanMeier, monthlyCurve, survivalAt } from "@/lib/kpi/kaplan-meier";

// Six people: exits at days 2, 4, 4 and 6; censored (still here, or left involuntarily) at 3 and 5.
const six = [
  { time: 2, event: true },
  { time: 3, event: false },
  { time: 4, event: true },
  { time: 4, event: true },
  { time: 5, event: false },
  { time: 6, event: true },
];

describe("Kaplan–Meier", () => {
  it("reproduces the hand-worked product-limit estimate and Greenwood's variance", () => {
    const curve = kaplanMeier(six);
    expect(curve.steps.map((s) => [s.time, s.atRisk, s.events])).toEqual([
      [2, 6, 1],
      [4, 4, 2],
      [6, 1, 1],
    ]);
    // S(2) = 5/6; S(4) = 5/6 × 2/4 = 5/12; Greenwood: 1/(6·5) + 2/(4·2) = 0.28333…
    const at4 = survivalAt(curve, 4.5)!;
    expect(at4.survival).toBeCloseTo(5 / 12, 10);
    expect(at4.standardError).toBeCloseTo((5 / 12) * Math.sqrt(1 / 30 + 1 / 4), 10);
    expect(at4.ci95[0]).toBe(0);
    expect(at4.ci95[1]).toBeCloseTo(5 / 12 + 1.959964 * 0.2217883, 5);
    expect(survivalAt(curve, 2)!.survival).toBeCloseTo(5 / 6, 10);
    expect(survivalAt(curve, 1)).toEqual({ survival: 1, standardError: 0, ci95: [1, 1] });
  });

  it("says nothing beyond the longest follow-up", () => {
    expect(survivalAt(kaplanMeier(six), 7)).toBeNull();
    expect(survivalAt(kaplanMeier([]), 0)).toBeNull();
  });

  it("treats weights as counts: doubling every weight keeps the curve and halves the variance", () => {
    const single = survivalAt(kaplanMeier(six), 4.5)!;
    const doubled = survivalAt(kaplanMeier(six.map((o) => ({ ...o, weight: 2 }))), 4.5)!;
    expect(doubled.survival).toBeCloseTo(single.survival, 10);
    // Greenwood terms with counts doubled: 2/(12·10) + 4/(8·4).
    expect(doubled.standardError).toBeCloseTo((5 / 12) * Math.sqrt(2 / 120 + 4 / 32), 10);
  });

  it("samples a monthly curve until follow-up runs out", () => {
    const curve = kaplanMeier([
      { time: 45, event: true },
      { time: 70, event: false },
      { time: 100, event: false },
      { time: 100, event: false },
    ]);
    const points = monthlyCurve(curve, 12, 30);
    expect(points.map((p) => p.month)).toEqual([0, 1, 2, 3]);
    expect(points[1]!.survival).toBe(1);
    expect(points[2]!.survival).toBeCloseTo(3 / 4, 10);
  });
});
