import { describe, expect, it } from "vitest";
import {
  pairState,
  programHealth,
  sessionsByMonth,
  summarisePair,
  suppressSmallGroup,
  type PairActivity,
} from "@/lib/kpi/health";

const now = new Date("2026-11-22T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

function pair(overrides: Partial<PairActivity> = {}): PairActivity {
  return { menteeId: "m1", status: "ACTIVE", startedAt: daysAgo(90), endedAt: null, sessionDates: [], ...overrides };
}

describe("pair state", () => {
  it("is active with a session in the last 30 days, at risk after that", () => {
    expect(pairState(pair({ sessionDates: [daysAgo(30)] }), now)).toBe("active");
    expect(pairState(pair({ sessionDates: [daysAgo(31), daysAgo(60)] }), now)).toBe("at-risk");
  });

  it("gives a new pair two weeks for its first session", () => {
    expect(pairState(pair({ startedAt: daysAgo(10) }), now)).toBe("new");
    expect(pairState(pair({ startedAt: daysAgo(15) }), now)).toBe("at-risk");
  });

  it("leaves proposals and finished pairs out of the risk list", () => {
    expect(pairState(pair({ status: "PROPOSED" }), now)).toBe("proposed");
    expect(pairState(pair({ status: "COMPLETED" }), now)).toBe("closed");
  });
});

describe("programme health", () => {
  it("computes match rate, activity and session frequency", () => {
    const health = programHealth(
      4,
      [
        pair({ menteeId: "a", startedAt: daysAgo(60.88), sessionDates: [daysAgo(50), daysAgo(20), daysAgo(5)] }),
        pair({ menteeId: "b", startedAt: daysAgo(60.88), sessionDates: [daysAgo(45)] }),
        pair({ menteeId: "c", status: "PROPOSED" }),
      ].map((p) => summarisePair(p, now)),
      now,
    );
    expect(health.matchRate).toBe(0.5);
    expect(health.livePairs).toBe(2);
    expect(health.activePairs).toBe(1);
    expect(health.atRiskPairs).toBe(1);
    expect(health.sessionsLast30Days).toBe(2);
    // 4 sessions over two pairs of two months each.
    expect(health.sessionsPerPairPerMonth).toBeCloseTo(1, 2);
  });

  it("counts a pair younger than a month as one month", () => {
    const health = programHealth(1, [summarisePair(pair({ startedAt: daysAgo(3), sessionDates: [daysAgo(1)] }), now)], now);
    expect(health.sessionsPerPairPerMonth).toBeCloseTo(1, 5);
  });

  it("reports no rate without mentees or pairs rather than a made-up zero", () => {
    const health = programHealth(0, [], now);
    expect(health.matchRate).toBeNull();
    expect(health.sessionsPerPairPerMonth).toBeNull();
  });
});

describe("sessions by month", () => {
  it("buckets by UTC month and includes empty months", () => {
    const months = sessionsByMonth(
      [
        new Date("2026-11-01T00:00:00Z"),
        new Date("2026-10-31T23:59:59Z"),
        new Date("2026-09-15T00:00:00Z"),
        new Date("2025-01-01T00:00:00Z"),
      ],
      now,
      3,
    );
    expect(months.map((m) => [m.month, m.sessions])).toEqual([
      ["2026-09", 1],
      ["2026-10", 1],
      ["2026-11", 1],
    ]);
  });
});

describe("small-group suppression", () => {
  it("withholds figures for fewer than five people", () => {
    expect(suppressSmallGroup(4, 0.75)).toBeNull();
    expect(suppressSmallGroup(5, 0.75)).toBe(0.75);
  });
});
