import { describe, expect, it } from "vitest";
import { isCompleteAssessment, qualities, ratingsForForm, readinessSchema } from "@/lib/readiness/qualities";

const all = (value: unknown) => Object.fromEntries(qualities.map((q) => [q, value]));

describe("the readiness self-assessment", () => {
  it.each([
    ["absent", {}],
    ["null (an unanswered radio)", all(null)],
    ["empty strings", all("")],
    ["booleans", all(true)],
  ])("refuses ratings that are %s, naming every quality", (_, ratings) => {
    const result = readinessSchema.safeParse({ participationId: "p", ratings, reflection: "" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(qualities.map((q) => `ratings.${q}`));
    expect(result.error!.issues[0]!.message).toBe("Rate every quality from 1 to 5.");
  });

  it("reads the radio buttons' strings as numbers", () => {
    const result = readinessSchema.parse({ participationId: "p", ratings: all("4"), reflection: "" });
    expect(result.ratings.patience).toBe(4);
  });

  it("counts a stored assessment only when every quality is rated", () => {
    expect(isCompleteAssessment(all(3))).toBe(true);
    expect(isCompleteAssessment({})).toBe(false);
    expect(isCompleteAssessment({ ...all(3), patience: null })).toBe(false);
  });

  it("gives saved ratings back as the strings the radio buttons compare with", () => {
    expect(ratingsForForm({ ...all(5), patience: 2 }).patience).toBe("2");
    expect(ratingsForForm(null).patience).toBeUndefined();
  });
});
