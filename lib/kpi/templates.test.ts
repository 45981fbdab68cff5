import { describe, expect, it } from "vitest";
import { isMetricKey } from "@/lib/kpi/metrics";
import { kpiTemplateKeys, kpiTemplates } from "@/lib/kpi/templates";

describe("KPI templates from the vocabulary catalogue", () => {
  it("offers the four purposes in the catalogue's order", () => {
    expect(kpiTemplateKeys).toEqual(["retention", "leadership", "onboarding", "skills"]);
  });

  it("starts every row from a metric Pairwise computes, with a target and an owner", () => {
    for (const key of kpiTemplateKeys)
      for (const row of kpiTemplates[key].rows) {
        expect(isMetricKey(row.metric)).toBe(true);
        expect(Number.isFinite(row.target)).toBe(true);
        expect(row.owner).not.toBe("");
      }
  });
});
