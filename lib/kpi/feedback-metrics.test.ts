import { describe, expect, it } from "vitest";
import type { FeedbackFigures } from "@/lib/kpi/feedback-figures";
import { feedbackMetrics } from "@/lib/kpi/feedback-metrics";
import { formatMetric } from "@/lib/kpi/metrics";

const none: FeedbackFigures = {
  pulseSatisfaction: { mean: null, answers: 0 },
  reaction: { mean: null, respondents: 0, surveys: 0 },
  skills: { sharedQuestions: 0, before: { mean: null, respondents: 0 }, after: { mean: null, respondents: 0 } },
  threeSixty: { mentees: 0, meanStart: null, meanEnd: null, meanChange: null },
  goals: { done: 0, decided: 0, open: 0 },
};

describe("KPI figures from what participants said", () => {
  it("gives no figure below the minimum group size, and says what is missing", () => {
    const metrics = feedbackMetrics({
      ...none,
      pulseSatisfaction: { mean: 4.5, answers: 4 },
      skills: { sharedQuestions: 4, before: { mean: 3, respondents: 10 }, after: { mean: 4, respondents: 4 } },
      threeSixty: { mentees: 4, meanStart: 3, meanEnd: 3.5, meanChange: 0.5 },
      goals: { done: 2, decided: 2, open: 2 },
    });
    for (const value of Object.values(metrics)) expect(value.value).toBeNull();
    expect(metrics.PULSE_SATISFACTION.note).toBe("Fewer than 5 pulse answers.");
    expect(metrics.REACTION_SCORE.note).toBe("No end-of-programme reaction survey has been sent yet.");
    expect(metrics.SKILLS_CHANGE.note).toBe("Needs at least 5 answers to both the “before” and the “after” survey.");
    expect(feedbackMetrics(none).SKILLS_CHANGE.note).toMatch(/questions in common/);
  });

  it("computes each figure from the totals once enough people answered", () => {
    const metrics = feedbackMetrics({
      pulseSatisfaction: { mean: 4.2, answers: 12 },
      reaction: { mean: 3.9, respondents: 10, surveys: 1 },
      skills: { sharedQuestions: 4, before: { mean: 2.75, respondents: 15 }, after: { mean: 3.5, respondents: 10 } },
      threeSixty: { mentees: 6, meanStart: 3.1, meanEnd: 3.6, meanChange: 0.45 },
      goals: { done: 6, decided: 8, open: 4 },
    });
    expect(metrics.PULSE_SATISFACTION).toMatchObject({ value: 4.2, sampleSize: 12 });
    expect(metrics.REACTION_SCORE).toMatchObject({ value: 3.9, sampleSize: 10 });
    // After minus before; the smaller half is what the figure rests on.
    expect(metrics.SKILLS_CHANGE).toMatchObject({ value: 0.75, sampleSize: 10 });
    expect(metrics.THREE_SIXTY_CHANGE).toMatchObject({ value: 0.45, sampleSize: 6 });
    // 6 done of 12 goals (4 open, 2 dropped).
    expect(metrics.GOALS_MET).toMatchObject({ value: 0.5, sampleSize: 12 });
    expect(metrics.GOALS_MET.inputs).toContainEqual({ label: "Dropped", value: "2" });
  });

  it("shows a change on the 1–5 scale with its sign", () => {
    expect(formatMetric("change", 0.75)).toBe("+0.75");
    expect(formatMetric("change", -0.2)).toBe("−0.20");
  });
});
