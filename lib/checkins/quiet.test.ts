import { describe, expect, it } from "vitest";
import { quietPeriods } from "@/lib/checkins/quiet";

const start = new Date("2026-01-01T00:00:00Z");
const after = (days: number) => new Date(start.getTime() + days * 86_400_000);

describe("quiet periods", () => {
  it("is zero within the cadence and counts whole periods after it", () => {
    expect(quietPeriods(start, after(30), 30)).toBe(0);
    expect(quietPeriods(start, after(31), 30)).toBe(1);
    expect(quietPeriods(start, after(59), 30)).toBe(1);
    expect(quietPeriods(start, after(61), 30)).toBe(2);
  });
});
