import { describe, expect, it } from "vitest";
import type { ExplanationPart } from "@/lib/matching/score-pair";
import { reasonsForMentee } from "@/lib/matching/mentee-view";

const part = (criterion: ExplanationPart["criterion"], contribution: number, evidence: string): ExplanationPart => ({
  criterion,
  weight: 1,
  score: 1,
  contribution,
  evidence,
});

const parts = [
  part("skills", 0.4, "covers 2 of 3 skills: Negotiation, Python"),
  part("interests", 0.2, "both enjoy chess"),
  part("learningStyle", 0.3, "both Reflector"),
  part("seniority", 0.1, "3 levels apart (ideal 2)"),
  part("preference", 0.05, "Lena's choice #1 of 2"),
];

describe("reasons a mentee reads", () => {
  it("quotes skills and interests only when the mentor shares them, and never the learning style or level", () => {
    const shared = reasonsForMentee(parts, ["skillsOffered", "interests"]);
    expect(shared).toEqual([
      "covers 2 of 3 skills: Negotiation, Python",
      "has a compatible learning style",
      "both enjoy chess",
      "has a suitable level of seniority",
      "Lena's choice #1 of 2",
    ]);
    const unshared = reasonsForMentee(parts, ["headline"]).join(" | ");
    expect(unshared).not.toMatch(/Negotiation|Python|chess|Reflector|3 levels/);
    expect(unshared).toContain("can help with skills you want to learn");
  });
});
