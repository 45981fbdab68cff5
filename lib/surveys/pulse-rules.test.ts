import { describe, expect, it } from "vitest";
import { dueRound, isLowPulse, lowPulseDetail, pulseDueAt, summarisePulses } from "@/lib/surveys/pulse-rules";

const started = new Date("2026-01-05T09:00:00Z");
const at = (days: number) => new Date(started.getTime() + days * 86_400_000);

describe("pulse rounds", () => {
  it("sends nothing before 30 days, the 30-day pulse until 90, then the 90-day pulse only", () => {
    expect(dueRound(started, at(29))).toBeNull();
    expect(dueRound(started, at(30))).toBe(30);
    expect(dueRound(started, at(89))).toBe(30);
    expect(dueRound(started, at(90))).toBe(90);
    expect(dueRound(started, at(400))).toBe(90);
    expect(pulseDueAt(started, 90)).toEqual(at(90));
  });
});

describe("low pulse", () => {
  const fine = { satisfaction: 4, progress: 4, fit: 4, recommend: 9 };
  it("is low when any 1–5 answer is at or below the threshold", () => {
    expect(isLowPulse(fine, 2)).toBe(false);
    expect(isLowPulse({ ...fine, fit: 2 }, 2)).toBe(true);
    expect(isLowPulse({ ...fine, progress: 3 }, 2)).toBe(false);
    expect(isLowPulse({ ...fine, progress: 3 }, 3)).toBe(true);
  });
  it("does not count the 0–10 recommend answer, and says nothing of the answers", () => {
    expect(isLowPulse({ ...fine, recommend: 0 }, 2)).toBe(false);
    expect(lowPulseDetail(30)).toBe("A low pulse at 30 days: pairing needs attention");
  });
});

describe("summarising pulses", () => {
  it("gives means, full distributions and the net promoter score", () => {
    const summary = summarisePulses([
      { satisfaction: 5, progress: 4, fit: 5, recommend: 10 },
      { satisfaction: 4, progress: 4, fit: 3, recommend: 9 },
      { satisfaction: 2, progress: 1, fit: 2, recommend: 3 },
      { satisfaction: 4, progress: 3, fit: 4, recommend: 8 },
    ]);
    expect(summary.satisfaction.mean).toBe(3.75);
    // How many answered 1, 2, … 5.
    expect(summary.satisfaction.distribution).toEqual([0, 1, 0, 2, 1].map((count, k) => ({ value: k + 1, count })));
    expect(summary.recommend.distribution).toHaveLength(11);
    // Two promoters, one detractor, one passive: (2 − 1) / 4.
    expect(summary.netPromoterScore).toBe(25);
  });
});

describe("the pulse answer schema", () => {
  it("refuses a question left unanswered rather than reading it as 0", async () => {
    const { answerPulseSchema } = await import("@/lib/surveys/schemas");
    const result = answerPulseSchema.safeParse({ inviteId: "x", satisfaction: "4", progress: "4", fit: "4", recommend: null });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["recommend"] });
    const ok = answerPulseSchema.parse({
      inviteId: "x",
      satisfaction: "4",
      progress: "3",
      fit: "5",
      recommend: "0",
      comment: " ",
    });
    expect(ok).toEqual({ inviteId: "x", satisfaction: 4, progress: 3, fit: 5, recommend: 0, comment: undefined });
  });
});
