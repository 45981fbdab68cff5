import { describe, expect, it } from "vitest";
import { participantLabel } from "@/lib/mentoring/shell-role-label";

describe("participantLabel", () => {
  it("names the part a person plays, mentor first when they play both", () => {
    expect(participantLabel(["MENTOR"])).toBe("Mentor");
    expect(participantLabel(["MENTEE", "MENTEE"])).toBe("Mentee");
    expect(participantLabel(["MENTEE", "MENTOR"])).toBe("Mentor and mentee");
    expect(participantLabel([])).toBeNull();
  });
});
