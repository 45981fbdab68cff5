import { describe, expect, it } from "vitest";
import { nextStep, whatIsMissing, type OverviewFacts } from "@/lib/programs/next-step";

const base: OverviewFacts = {
  status: "DRAFT",
  goals: 1,
  codeOfConduct: "Be kind.",
  questions: 0,
  startDate: new Date("2027-01-01"),
  endDate: new Date("2027-06-30"),
  approvedMentors: 0,
  approvedMentees: 0,
  livePairs: 0,
  pendingApplications: 0,
  waiting: 0,
  checkInsDue: 0,
};

describe("nextStep", () => {
  it("sends an incomplete draft to its design, and a complete one to opening enrolment", () => {
    expect(nextStep({ ...base, goals: 0 })).toMatchObject({ kind: "tab", tab: "design" });
    expect(nextStep(base)).toMatchObject({ kind: "stage", to: "ENROLMENT" });
  });

  it("asks for decisions on waiting applications before matching can start", () => {
    const enrolment = { ...base, status: "ENROLMENT" as const, approvedMentors: 1, approvedMentees: 1 };
    expect(nextStep({ ...enrolment, pendingApplications: 2 })).toMatchObject({
      tab: "enrolment",
      title: "Decide on 2 applications",
    });
    expect(nextStep(enrolment)).toMatchObject({ kind: "stage", to: "MATCHING" });
  });

  it("offers to start the programme right after every mentee has a published pair", () => {
    const matching = { ...base, status: "MATCHING" as const, approvedMentors: 2, approvedMentees: 3 };
    expect(nextStep(matching)).toMatchObject({ tab: "matching", title: "Run matching and publish the pairs" });
    expect(nextStep({ ...matching, livePairs: 3 })).toMatchObject({ kind: "stage", to: "ACTIVE", title: "Start the programme" });
  });

  it("never calls an active programme with no pairs, or with quiet pairs, all good", () => {
    const active = { ...base, status: "ACTIVE" as const, approvedMentors: 2, approvedMentees: 3 };
    expect(nextStep(active)).toMatchObject({ title: "This programme is running with no pairs" });
    expect(nextStep({ ...active, livePairs: 3, checkInsDue: 1 })).toMatchObject({ tab: "check-ins" });
    expect(nextStep({ ...active, livePairs: 2, waiting: 1 })).toMatchObject({ title: "Match the 1 mentee still waiting" });
    expect(nextStep({ ...active, livePairs: 3 })).toMatchObject({ title: "Every pair is meeting" });
  });
});

describe("whatIsMissing", () => {
  it("lists what blocks the next stage and the mentees left waiting", () => {
    expect(whatIsMissing({ ...base, goals: 0, codeOfConduct: " " })).toEqual([
      "Add at least one goal with a measurable objective.",
      "Write the code of conduct participants will agree to.",
    ]);
    expect(whatIsMissing({ ...base, status: "ACTIVE", livePairs: 4, waiting: 3 })).toEqual([
      "3 approved mentees still waiting for a mentor.",
    ]);
    expect(whatIsMissing({ ...base, status: "ACTIVE" })).toEqual([
      "No live pairs: the programme is running without anyone meeting.",
    ]);
  });
});
