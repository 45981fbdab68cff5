import { describe, expect, it } from "vitest";
import { learningStyleSchema, scoreLearningStyle } from "@/lib/profiles/learning-style";

const all = (value: number) => ({ a1: value, r1: value, t1: value, p1: value, a2: value, r2: value, t2: value, p2: value });

describe("learning-style questionnaire", () => {
  it("picks the style with the most agreement", () => {
    expect(scoreLearningStyle({ ...all(2), t1: 5, t2: 4 })).toBe("THEORIST");
    expect(scoreLearningStyle({ ...all(2), p1: 5, p2: 5, a1: 5 })).toBe("PRAGMATIST");
  });

  it("breaks ties in questionnaire order, so the result is stable", () => {
    expect(scoreLearningStyle(all(3))).toBe("ACTIVIST");
  });

  it("needs every statement answered", () => {
    const missing: Partial<ReturnType<typeof all>> = all(3);
    delete missing.a1;
    expect(learningStyleSchema.safeParse(missing).error?.issues[0]?.message).toBe("Answer every statement.");
  });
});
