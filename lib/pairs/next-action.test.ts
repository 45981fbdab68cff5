import { describe, expect, it } from "vitest";
import { nextAction, type PairSituation } from "@/lib/pairs/next-action";

const settled: PairSituation = {
  partnerName: "Sofia",
  proposalForMe: false,
  bookedAndPast: null,
  logForMeToConfirm: false,
  iSignedAgreement: true,
  upcoming: 1,
  loggedSessions: 3,
  goals: 2,
};

describe("the pair's next action", () => {
  it("starts a new pair with signing, then its first session", () => {
    const fresh = { ...settled, iSignedAgreement: false, upcoming: 0, loggedSessions: 0, goals: 0 };
    expect(nextAction(fresh).label).toBe("Sign the agreement");
    expect(nextAction({ ...fresh, iSignedAgreement: true }).label).toBe("Schedule your first session");
    expect(nextAction({ ...fresh, iSignedAgreement: true, loggedSessions: 2 }).label).toBe("Schedule your next session");
  });

  it("puts what waits for the other person first", () => {
    expect(nextAction({ ...settled, proposalForMe: true, iSignedAgreement: false }).kind).toBe("answer-proposal");
    expect(nextAction({ ...settled, bookedAndPast: { startsToday: true } }).label).toBe("Log today's session");
    expect(nextAction({ ...settled, bookedAndPast: { startsToday: false } }).label).toBe("Log your last session");
    expect(nextAction({ ...settled, logForMeToConfirm: true }).label).toBe("Confirm the session Sofia logged");
  });

  it("asks for a goal once sessions are in hand, then to prepare", () => {
    expect(nextAction({ ...settled, goals: 0 }).kind).toBe("add-goal");
    expect(nextAction(settled).kind).toBe("prepare");
  });
});
