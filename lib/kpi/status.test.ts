import { describe, expect, it } from "vitest";
import { formatMetric, toStored, toTyped } from "@/lib/kpi/metrics";
import { elapsedShare, kpiStatus } from "@/lib/kpi/status";

describe("KPI status", () => {
  it("is met at or past the target, in either direction", () => {
    expect(kpiStatus({ actual: 0.8, baseline: 0.5, target: 0.8, elapsed: 0.1 })).toBe("met");
    expect(kpiStatus({ actual: 0.1, baseline: 0.3, target: 0.15, elapsed: 0.1 })).toBe("met");
  });

  it("is on track when progress from baseline keeps pace with the programme's time", () => {
    // Half way through, 60 % of the way from 50 % to 80 %.
    expect(kpiStatus({ actual: 0.68, baseline: 0.5, target: 0.8, elapsed: 0.5 })).toBe("on-track");
    expect(kpiStatus({ actual: 0.6, baseline: 0.5, target: 0.8, elapsed: 0.5 })).toBe("behind");
  });

  it("is behind without a baseline or timeline, and not enough data without an actual", () => {
    expect(kpiStatus({ actual: 0.6, baseline: null, target: 0.8, elapsed: 0.5 })).toBe("behind");
    expect(kpiStatus({ actual: 0.6, baseline: 0.5, target: 0.8, elapsed: null })).toBe("behind");
    expect(kpiStatus({ actual: null, baseline: 0.5, target: 0.8, elapsed: 0.5 })).toBe("not-enough-data");
  });

  it("measures elapsed time between the programme's dates", () => {
    const start = new Date("2026-01-01T00:00:00Z");
    const end = new Date("2026-12-31T00:00:00Z");
    expect(elapsedShare(start, end, new Date("2026-07-02T00:00:00Z"))).toBeCloseTo(0.5, 2);
    expect(elapsedShare(start, end, new Date("2027-03-01T00:00:00Z"))).toBe(1);
    expect(elapsedShare(null, end, start)).toBeNull();
  });
});

describe("metric values", () => {
  it("stores shares and shows them as people read them", () => {
    expect(formatMetric("percent", 0.856)).toBe("86%");
    expect(formatMetric("points", -0.042)).toBe("−4.2 points");
    expect(formatMetric("points", 0.05)).toBe("+5.0 points");
    expect(formatMetric("score", 4.125)).toBe("4.13");
    expect(toStored("percent", 80)).toBe(0.8);
    expect(toTyped("points", 0.03)).toBe(3);
    expect(toStored("number", 1.5)).toBe(1.5);
  });
});
