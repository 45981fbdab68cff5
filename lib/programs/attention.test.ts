import { describe, expect, it } from "vitest";
import { programAttention } from "@/lib/programs/attention";

const base = { status: "ENROLMENT" as const, menteesApproved: 4, mentorCapacity: 6, menteesWaiting: 4, livePairs: 0 };

describe("programAttention", () => {
  it("is good during enrolment when mentor places cover every approved mentee", () => {
    expect(programAttention(base)).toEqual({
      tone: "good",
      text: "Mentor capacity covers every approved mentee, with 2 places to spare.",
    });
  });

  it("never shows an active programme with no pairs as all good", () => {
    expect(programAttention({ ...base, status: "ACTIVE" })).toMatchObject({ tone: "warning" });
  });

  it("warns while approved mentees are left without a mentor in a running programme", () => {
    expect(programAttention({ ...base, status: "ACTIVE", livePairs: 3, menteesWaiting: 1 })).toEqual({
      tone: "warning",
      text: "1 approved mentee still waiting for a mentor.",
    });
    expect(programAttention({ ...base, status: "ACTIVE", livePairs: 4, menteesWaiting: 0 })).toEqual({
      tone: "good",
      text: "Every approved mentee has a mentor.",
    });
  });

  it("warns when there are more mentees than mentor places", () => {
    expect(programAttention({ ...base, mentorCapacity: 3 })).toMatchObject({ tone: "warning" });
  });
});
