import { describe, expect, it } from "vitest";
import { dayMs, utcDay } from "@/lib/dates";
import type { PersonHistory } from "@/lib/kpi/comparison-group";
import { estimateEffects } from "@/lib/kpi/effect";
import { seededRandom } from "@/lib/matching/random";

const start = utcDay("2024-01-08");
const asOf = utcDay("2025-07-01");

/**
 * A synthetic organisation where Sales loses people far faster than Engineering, and most
 * participants come from Engineering. Mentoring raises 12-month retention by exactly 5 points in
 * both departments; a naive comparison mistakes the department mix for a much larger effect.
 */
function organisation(seed: number): PersonHistory[] {
  const random = seededRandom(seed);
  const twelveMonths = 365.25;
  // Hazard per day giving 12-month voluntary retention S: λ = −ln S / 365.25.
  const hazard = (retention: number) => -Math.log(retention) / twelveMonths;
  const groups = [
    { department: "Engineering", participants: 400, others: 1000, retention: 0.9 },
    { department: "Sales", participants: 100, others: 2000, retention: 0.6 },
  ];
  const people: PersonHistory[] = [];
  for (const group of groups) {
    for (let k = 0; k < group.participants + group.others; k += 1) {
      const participant = k < group.participants;
      const voluntary = -Math.log(1 - random()) / hazard(group.retention + (participant ? 0.05 : 0));
      // Involuntary exits happen at the same rate to everyone and censor the voluntary clock.
      const involuntary = -Math.log(1 - random()) / hazard(0.97);
      const days = Math.min(voluntary, involuntary);
      const exitedAt = new Date(start.getTime() + Math.ceil(days) * dayMs);
      people.push({
        id: `${group.department}-${k}`,
        department: group.department,
        level: 4,
        location: "London",
        hiredAt: utcDay("2021-05-01"),
        exitedAt: exitedAt <= asOf ? exitedAt : null,
        exitVoluntary: exitedAt <= asOf ? voluntary < involuntary : null,
        participationStart: participant ? start : null,
      });
    }
  }
  return people;
}

describe("effect estimates", () => {
  it("recovers a planted retention effect with matching where the naive comparison does not", () => {
    const report = estimateEffects(organisation(7), { asOf, minimumGroupSize: 5 });
    const twelve = report.retention.find((e) => e.months === 12)!;
    if (twelve.status !== "estimated") throw new Error("expected an estimate");
    expect(twelve.difference).toBeGreaterThan(0.02);
    expect(twelve.difference).toBeLessThan(0.08);
    expect(twelve.ci95[0]).toBeLessThan(0.05);
    expect(twelve.ci95[1]).toBeGreaterThan(0.05);
    // Naive: 0.8 × 0.95 + 0.2 × 0.65 against ⅓ × 0.9 + ⅔ × 0.6, about 19 points.
    expect(twelve.naive.difference).toBeGreaterThan(0.14);
    expect(twelve.naive.ci95[0]).toBeGreaterThan(0.05);
    expect(twelve.participants.n).toBe(500);
    expect(twelve.comparison.n).toBe(3000);
  });

  it("says not enough data at 24 months when no one has been followed that long", () => {
    const report = estimateEffects(organisation(7), { asOf, minimumGroupSize: 5 });
    expect(report.retention.find((e) => e.months === 24)).toMatchObject({
      status: "not-enough-data",
      reason: "No one has been followed for 24 months yet.",
    });
    expect(report.curves!.participants.at(-1)!.month).toBe(17);
  });

  it("withholds every figure, counts included, when a group is under the minimum size", () => {
    const people = organisation(3).filter((p) => p.participationStart === null || p.id.endsWith("-1") || p.id.endsWith("-2"));
    const report = estimateEffects(people, { asOf, minimumGroupSize: 5 });
    expect(report.retention[0]).toEqual({
      status: "not-enough-data",
      months: 6,
      reason: "Each group needs at least 5 people.",
      participants: null,
      comparison: 3000,
    });
    expect(report.curves).toBeNull();
  });

  it("estimates the promotion rate the same way", () => {
    const people = organisation(11).map((p, k) => ({
      ...p,
      promotedOn: k % (p.participationStart ? 4 : 8) === 0 ? [new Date(start.getTime() + 100 * dayMs)] : [],
    }));
    const six = estimateEffects(people, { asOf, minimumGroupSize: 5 }).promotion.find((e) => e.months === 6)!;
    if (six.status !== "estimated") throw new Error("expected an estimate");
    expect(six.participants.rate).toBeGreaterThan(six.comparison.rate);
    expect(six.participants.ci95[0]).toBeLessThanOrEqual(six.participants.rate);
  });
});
