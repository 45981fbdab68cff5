import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/profiles/schemas";
import { blankProfileInput } from "@/tests/support/profile-input";

const blank = blankProfileInput;

describe("profile input", () => {
  it("turns comma lists into distinct trimmed entries", () => {
    expect(profileSchema.parse({ ...blank, skillsOffered: " SQL, Coaching ,SQL,, " }).skillsOffered).toEqual(["SQL", "Coaching"]);
  });

  it("allows years of experience to be left empty", () => {
    expect(profileSchema.parse(blank).yearsExperience).toBeNull();
  });

  it.each(["-1", "2.5", "61", "lots"])("rejects %s years of experience", (years) => {
    expect(profileSchema.safeParse({ ...blank, yearsExperience: years }).success).toBe(false);
  });

  it("keeps choices from the lists and treats 'not sure' as none", () => {
    const parsed = profileSchema.parse({
      ...blank,
      goalReasons: ["PROMOTION"],
      availability: ["TUE_EVE"],
      learningStyle: "THEORIST",
    });
    expect(parsed).toMatchObject({
      goalReasons: ["PROMOTION"],
      availability: ["TUE_EVE"],
      learningStyle: "THEORIST",
      generation: null,
    });
    expect(profileSchema.safeParse({ ...blank, goalReasons: ["FAME"] }).success).toBe(false);
  });

  it("bounds list sizes", () => {
    const many = Array.from({ length: 21 }, (_, i) => `skill ${i}`).join(",");
    expect(profileSchema.safeParse({ ...blank, skillsWanted: many }).error?.issues[0]?.message).toBe(
      "List at most 20 skills you want to learn.",
    );
  });
});
