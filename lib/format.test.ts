import { describe, expect, it } from "vitest";
import { formatHours } from "@/lib/format";

describe("formatHours", () => {
  it("says a waiting time in hours, and in days from two days up", () => {
    expect(formatHours(null)).toBe("—");
    expect(formatHours(0.4)).toBe("under an hour");
    expect(formatHours(1.2)).toBe("1 hour");
    expect(formatHours(30)).toBe("30 hours");
    expect(formatHours(60)).toBe("2.5 days");
  });
});
