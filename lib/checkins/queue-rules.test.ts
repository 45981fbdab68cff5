import { describe, expect, it } from "vitest";
import { defaultCheckInPolicy } from "@/lib/checkins/policy-defaults";
import { mentorReasons, pairReasons, type PairFacts } from "@/lib/checkins/queue-rules";
import { formatDate } from "@/lib/format";

const start = new Date("2026-01-01T00:00:00Z");
const day = (n: number) => new Date(start.getTime() + n * 86_400_000);
const fresh: PairFacts = {
  startedAt: start,
  lastSessionAt: null,
  agreement: { createdAt: start, signedByBoth: true },
  signals: [],
  flaggedAt: null,
  flagReason: null,
  openHelpRequests: [],
  handledAt: null,
  followUpOn: null,
};
const codes = (facts: Partial<PairFacts>, now: Date) =>
  pairReasons({ ...fresh, ...facts }, defaultCheckInPolicy, now).map((r) => r.code);

describe("check-in queue reasons", () => {
  it("raises a pair with no first session after the grace period, and says since when", () => {
    expect(codes({}, day(21))).toEqual([]);
    const [reason] = pairReasons(fresh, defaultCheckInPolicy, day(25));
    expect(reason).toEqual({ code: "NO_FIRST_SESSION", text: "No first session 25 days after matching", since: day(21) });
  });

  it("raises a quiet pair after the cadence, and a check-in restarts the clock", () => {
    expect(codes({ lastSessionAt: day(10) }, day(40))).toEqual([]);
    expect(codes({ lastSessionAt: day(10) }, day(41))).toEqual(["QUIET"]);
    expect(codes({ lastSessionAt: day(10), handledAt: day(41) }, day(60))).toEqual([]);
    expect(codes({ lastSessionAt: day(10), handledAt: day(41) }, day(72))).toEqual(["QUIET"]);
  });

  it("raises an agreement unsigned after 14 days, or no agreement at all", () => {
    const unsigned = { lastSessionAt: day(5), agreement: { createdAt: day(2), signedByBoth: false } };
    expect(codes(unsigned, day(16))).toEqual([]);
    expect(pairReasons({ ...fresh, ...unsigned }, defaultCheckInPolicy, day(17))[0]).toMatchObject({
      code: "AGREEMENT_UNSIGNED",
      text: "Agreement not signed by both 15 days after it was drafted",
      since: day(16),
    });
    expect(codes({ lastSessionAt: day(5), agreement: null }, day(15))).toEqual(["AGREEMENT_UNSIGNED"]);
  });

  it("raises events (low pulse, poor fit, help requests) only when newer than the last check-in", () => {
    const events = {
      lastSessionAt: day(29),
      signals: [{ kind: "LOW_PULSE", detail: "Pulse at 30 days: the pairing needs attention", createdAt: day(30) }],
      flaggedAt: day(31),
      flagReason: "Different goals",
      openHelpRequests: [day(33), day(32)],
    };
    const reasons = pairReasons({ ...fresh, ...events }, defaultCheckInPolicy, day(35));
    expect(reasons.map((r) => [r.code, r.text])).toEqual([
      ["LOW_PULSE", "Pulse at 30 days: the pairing needs attention"],
      ["POOR_FIT", "Flagged as a poor fit: Different goals"],
      ["HELP_REQUEST", "2 help requests from session logs"],
    ]);
    expect(codes({ ...events, handledAt: day(34) }, day(35))).toEqual([]);
  });

  it("raises a follow-up on its date", () => {
    expect(codes({ lastSessionAt: day(29), handledAt: day(30), followUpOn: day(40) }, day(39))).toEqual([]);
    expect(codes({ lastSessionAt: day(29), handledAt: day(30), followUpOn: day(40) }, day(40))).toEqual(["FOLLOW_UP"]);
  });

  it("raises a mentor with requests unanswered past their deadline since the last check-in", () => {
    expect(mentorReasons([], null)).toEqual([]);
    expect(mentorReasons([day(5), day(3)], null)).toEqual([
      { code: "UNANSWERED_REQUESTS", text: "2 mentoring requests left unanswered past the deadline", since: day(3) },
    ]);
    expect(mentorReasons([day(5), day(3)], day(6))).toEqual([]);
  });

  it("says when the unanswered requests have paused the mentor from self-match", () => {
    expect(mentorReasons([day(3), day(5)], null, day(5))[0]!.text).toBe(
      `2 mentoring requests left unanswered past the deadline; paused from self-match since ${formatDate(day(5))}`,
    );
  });
});
