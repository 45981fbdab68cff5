import { describe, expect, it } from "vitest";
import { flashPairSummary, flashRounds, flashRoundStanding } from "@/lib/flash/flash-rules";

const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe("flash rounds per quarter", () => {
  it("counts the conversations started this calendar quarter and names the next quarter's first day at the limit", () => {
    const now = at("2027-02-20");
    const started = [at("2026-12-30"), at("2027-01-05"), at("2027-02-01"), null];
    expect(flashRoundStanding(started, 3, now)).toEqual({ roundsThisQuarter: 2, limit: 3, atLimit: false, nextRoundFrom: now });
    const full = flashRoundStanding(started, 2, now);
    expect(full).toMatchObject({ roundsThisQuarter: 2, atLimit: true });
    expect(full.nextRoundFrom.getMonth()).toBe(3);
    expect(full.nextRoundFrom.getDate()).toBe(1);
  });

  it("numbers each mentee's conversations in the order they started", () => {
    const rounds = flashRounds([
      { id: "p2", menteeId: "m1", startedAt: at("2027-01-10"), createdAt: at("2027-01-09") },
      { id: "p1", menteeId: "m1", startedAt: at("2027-01-02"), createdAt: at("2027-01-01") },
      { id: "q1", menteeId: "m2", startedAt: null, createdAt: at("2027-01-03") },
    ]);
    expect(Object.fromEntries(rounds)).toEqual({ p1: 1, p2: 2, q1: 1 });
  });

  it("tells each side what happens next", () => {
    const standing = flashRoundStanding([], 3, at("2027-01-20"));
    const base = { startedAt: at("2027-01-05"), endedAt: at("2027-01-06"), completeAfterDays: 30, standing };
    expect(flashPairSummary({ ...base, status: "ACTIVE", myRole: "MENTEE" })).toMatch(
      /completes when you log it, or on 4 Feb 2027/,
    );
    expect(flashPairSummary({ ...base, status: "COMPLETED", myRole: "MENTEE" })).toMatch(/You are back in the pool/);
    expect(flashPairSummary({ ...base, status: "COMPLETED", myRole: "MENTOR" })).toMatch(/paired with someone new/);
    const full = flashRoundStanding([at("2027-01-05")], 1, at("2027-01-20"));
    expect(flashPairSummary({ ...base, standing: full, status: "COMPLETED", myRole: "MENTEE" })).toMatch(
      /1 of 1 conversations this quarter; your next round can start from 1 Apr 2027/,
    );
  });
});
