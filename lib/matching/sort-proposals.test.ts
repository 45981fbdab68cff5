import { describe, expect, it } from "vitest";
import { leadingEvidence } from "@/lib/matching/leading-evidence";
import { proposalSort, sortProposals } from "@/lib/matching/sort-proposals";

const proposal = (score: number | null, mentee: string, mentor: string) => ({
  score,
  mentee: { user: { name: mentee } },
  mentor: { user: { name: mentor } },
});

describe("sortProposals", () => {
  const proposals = [proposal(0.5, "Bea", "Zed"), proposal(null, "Al", "Yan"), proposal(0.9, "Cy", "Xia")];

  it("puts the best score first, an unscored pair last, and leaves the input alone", () => {
    expect(sortProposals(proposals, "score").map((p) => p.score)).toEqual([0.9, 0.5, null]);
    expect(proposals[0]!.score).toBe(0.5);
  });

  it("orders by either person's name", () => {
    expect(sortProposals(proposals, "mentee").map((p) => p.mentee.user.name)).toEqual(["Al", "Bea", "Cy"]);
    expect(sortProposals(proposals, "mentor").map((p) => p.mentor.user.name)).toEqual(["Xia", "Yan", "Zed"]);
  });

  it("reads an unknown sort from the address bar as by score", () => {
    expect(proposalSort("mentor")).toBe("mentor");
    expect(proposalSort("anything")).toBe("score");
    expect(proposalSort(undefined)).toBe("score");
  });
});

describe("leadingEvidence", () => {
  const part = (score: number, contribution: number, evidence: string) => ({ score, contribution, evidence });

  it("is the evidence of the criterion that added most", () => {
    const parts = [part(0.5, 0.1, "Same language"), part(1, 0.4, "Shares 3 skills"), part(0, 0, "Different site")];
    expect(leadingEvidence({ parts } as never)).toBe("Shares 3 skills");
  });

  it("is nothing when no criterion scored", () => {
    expect(leadingEvidence({ parts: [part(0, 0, "Different site")] } as never)).toBeNull();
  });
});
