import { describe, expect, it } from "vitest";
import { transitionProblems, type LifecycleSnapshot } from "@/lib/programs/lifecycle";

const draft: LifecycleSnapshot = {
  status: "DRAFT",
  goals: 0,
  codeOfConduct: "",
  questions: 0,
  startDate: null,
  endDate: null,
  approvedMentors: 0,
  approvedMentees: 0,
  livePairs: 0,
  pendingApplications: 0,
};

describe("programme lifecycle", () => {
  it("will not open enrolment without goals, a code of conduct and dates, and says so", () => {
    expect(transitionProblems(draft, "ENROLMENT")).toEqual([
      "Add at least one goal with a measurable objective.",
      "Write the code of conduct participants will agree to.",
      "Set the start and end dates.",
    ]);
    expect(
      transitionProblems(
        { ...draft, goals: 1, codeOfConduct: "Be kind.", startDate: new Date(), endDate: new Date() },
        "ENROLMENT",
      ),
    ).toEqual([]);
  });

  it("needs approved people and no pending applications before matching", () => {
    const enrolment = { ...draft, status: "ENROLMENT" as const };
    expect(transitionProblems({ ...enrolment, approvedMentors: 2, pendingApplications: 1 }, "MATCHING")).toEqual([
      "Approve at least one mentee.",
      "Decide on the 1 application still waiting.",
    ]);
  });

  it("starts only with a published pair, and never skips or reverses a stage it should not", () => {
    expect(transitionProblems({ ...draft, status: "MATCHING" }, "ACTIVE")).toEqual([
      "Publish at least one pair before the programme starts.",
    ]);
    expect(transitionProblems(draft, "ACTIVE")).toEqual(["A programme in draft cannot move to active."]);
    expect(transitionProblems({ ...draft, status: "CLOSED" }, "DRAFT")).toHaveLength(1);
  });
});
