import { describe, expect, it } from "vitest";
import { pairLabel } from "@/lib/pairs/pair-label";

describe("pairLabel", () => {
  it("names the mentor first and labels both people", () => {
    expect(pairLabel({ mentee: "Lena Fischer", mentor: "Daniel Reyes" })).toBe("Mentor Daniel Reyes · Mentee Lena Fischer");
  });
});
