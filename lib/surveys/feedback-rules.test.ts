import { describe, expect, it } from "vitest";
import {
  feedbackPeriod,
  feedbackPeriodLabel,
  feedbackRoundIsOpen,
  feedbackRoundLastDay,
  summariseFeedback,
} from "@/lib/surveys/feedback-rules";

describe("feedback periods", () => {
  it("names the month or quarter a round opened in, in UTC", () => {
    expect(feedbackPeriod("MONTHLY", new Date("2026-12-07T10:00:00Z"))).toBe("2026-12");
    expect(feedbackPeriod("QUARTERLY", new Date("2026-12-07T10:00:00Z"))).toBe("2026-Q4");
    expect(feedbackPeriod("QUARTERLY", new Date("2027-01-01T00:30:00Z"))).toBe("2027-Q1");
    // 23:30 on 31 March in UTC is still March, whatever the server's own zone.
    expect(feedbackPeriod("MONTHLY", new Date("2026-03-31T23:30:00Z"))).toBe("2026-03");
    expect(feedbackPeriod("QUARTERLY", new Date("2026-06-30T23:59:59Z"))).toBe("2026-Q2");
  });

  it("says the period in words", () => {
    expect(feedbackPeriodLabel("2026-12")).toBe("December 2026");
    expect(feedbackPeriodLabel("2027-01")).toBe("January 2027");
    expect(feedbackPeriodLabel("2026-Q4")).toBe("Q4 2026");
  });
});

describe("a round's life", () => {
  const round = { closesAt: new Date("2026-12-15T00:00:00Z"), closedAt: null };

  it("is open until the end of its closing day, or until closed early", () => {
    expect(feedbackRoundIsOpen(round, new Date("2026-12-14T23:59:59Z"))).toBe(true);
    expect(feedbackRoundIsOpen(round, new Date("2026-12-15T00:00:00Z"))).toBe(false);
    const early = { ...round, closedAt: new Date("2026-12-10T12:00:00Z") };
    expect(feedbackRoundIsOpen(early, new Date("2026-12-11T00:00:00Z"))).toBe(false);
  });

  it("stops on its closing day, or on the day it was closed early", () => {
    expect(feedbackRoundLastDay(round)).toEqual(new Date("2026-12-14T00:00:00Z"));
    expect(feedbackRoundLastDay({ ...round, closedAt: new Date("2026-12-10T12:00:00Z") })).toEqual(
      new Date("2026-12-10T12:00:00Z"),
    );
  });
});

describe("summariseFeedback", () => {
  it("gives each question's mean and how many gave each value", () => {
    const summary = summariseFeedback([
      { benefit: 5, experience: 4, usefulness: 3, resources: 1 },
      { benefit: 4, experience: 4, usefulness: 3, resources: 2 },
      { benefit: 3, experience: 5, usefulness: 3, resources: 2 },
    ]);
    expect(summary.benefit.mean).toBe(4);
    expect(summary.experience.mean).toBeCloseTo(13 / 3);
    // How many answered 1, 2, … 5.
    expect(summary.resources.distribution).toEqual([1, 2, 0, 0, 0].map((count, k) => ({ value: k + 1, count })));
  });
});
