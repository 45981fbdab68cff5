import { describe, expect, it } from "vitest";
import { pairSince } from "@/lib/mentoring/pair-since";

const now = new Date("2026-12-01T09:00:00Z");

describe("pairSince", () => {
  it("says a pair published before its programme starts begins with the programme", () => {
    expect(pairSince(now, new Date("2027-01-15"), now)).toBe("starts with the programme on 15 Jan 2027");
  });

  it("counts from the programme's start when the pair was published before it", () => {
    expect(pairSince(new Date("2026-09-20"), new Date("2026-10-01"), now)).toBe("together since 1 Oct 2026");
  });

  it("counts from the pair's own start when it came later", () => {
    expect(pairSince(new Date("2026-11-03"), new Date("2026-10-01"), now)).toBe("together since 3 Nov 2026");
    expect(pairSince(null, null, now)).toBe("not started yet");
  });
});
