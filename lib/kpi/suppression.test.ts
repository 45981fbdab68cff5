import { describe, expect, it } from "vitest";
import { suppressCounts } from "@/lib/kpi/suppression";

describe("small-group suppression", () => {
  it("shows everything when every group is big enough", () => {
    expect(suppressCounts([12, 30, 8], 5)).toEqual({ cells: [12, 30, 8], total: 50 });
  });

  it("withholds a second count so the total cannot give back the first", () => {
    // Total 45 minus 30 and 12 would reveal the 3; withholding the 12 as well leaves only "15 between them".
    const { cells, total } = suppressCounts([12, 30, 3], 5);
    expect(cells).toEqual([null, 30, null]);
    expect(total).toBe(45);
  });

  it("keeps withholding until the withheld counts together reach the minimum", () => {
    expect(suppressCounts([1, 2, 40, 50], 5)).toEqual({ cells: [null, null, null, 50], total: 93 });
  });

  it("withholds the total when it is itself small or cannot be protected", () => {
    expect(suppressCounts([2, 1], 5)).toEqual({ cells: [null, null], total: null });
    expect(suppressCounts([3], 5)).toEqual({ cells: [null], total: null });
  });

  it("never lets a withheld count be recovered from the total and the shown counts", () => {
    for (const counts of [
      [3, 7],
      [4, 9, 9],
      [1, 1, 1, 20],
      [6, 4, 2],
    ]) {
      const { cells, total } = suppressCounts(counts, 5);
      if (total === null) continue;
      const hidden = counts.filter((_, k) => cells[k] === null);
      expect(hidden.length === 0 || (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= 5)).toBe(true);
    }
  });
});
