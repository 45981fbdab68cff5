import type { ProgramStatus } from "@/lib/db/generated/enums";
import { nextStages, transitionProblems, type LifecycleSnapshot } from "@/lib/programs/lifecycle";
import { counted } from "@/lib/format";

/** The tabs of a programme's hub, in the order of its life. */
export const hubTabs = ["overview", "design", "enrolment", "matching", "pairs", "check-ins", "surveys", "evaluation"] as const;
export type HubTab = (typeof hubTabs)[number];

export interface OverviewFacts extends LifecycleSnapshot {
  /** Approved mentees with no published pair (lib/matching/waiting.ts). */
  waiting: number;
  /** Items on the programme's check-in queue (lib/checkins/list-queue.ts). */
  checkInsDue: number;
}

export type NextStep = { title: string; detail: string } & (
  { kind: "tab"; tab: HubTab; label: string } | { kind: "stage"; to: ProgramStatus } | { kind: "none" }
);

/** What each lifecycle button does, said before it is pressed. */
export const stageOutcomes: Record<ProgramStatus, string> = {
  DRAFT: "Takes the programme back to design; the enrolment page closes to new applications.",
  ENROLMENT: "Opens the enrolment page: the people you invite can apply, and you approve each application.",
  MATCHING: "Closes enrolment. Then run matching, check the proposed pairs and publish them.",
  ACTIVE: "Pairs start meeting. Then watch their health here and check in with pairs that go quiet.",
  CLOSED: "Ends the programme for good: pairs stop and it cannot be reopened. Its evaluation stays readable.",
};

/** The forward stage a programme is heading for, if any (never "back to draft" or "close"). */
export function forwardStage(status: ProgramStatus): ProgramStatus | null {
  return nextStages[status].find((to) => to !== "DRAFT" && to !== "CLOSED" && to !== status) ?? null;
}

/** A next step done on one of the hub's tabs. */
function goTo(tab: HubTab, label: string, title: string, detail: string): NextStep {
  return { kind: "tab", tab, label, title, detail };
}

/** The one thing a coordinator should do next in this programme, and where to do it. */
export function nextStep(facts: OverviewFacts): NextStep {
  const forward = forwardStage(facts.status);
  const blocked = forward ? transitionProblems(facts, forward) : [];
  switch (facts.status) {
    case "DRAFT":
      return blocked.length > 0
        ? goTo(
            "design",
            "Finish the design",
            "Finish the programme's design",
            "Enrolment can open once the design below is complete.",
          )
        : { kind: "stage", to: "ENROLMENT", title: "Open enrolment", detail: stageOutcomes.ENROLMENT };
    case "ENROLMENT":
      if (facts.pendingApplications > 0)
        return goTo(
          "enrolment",
          "Review applications",
          `Decide on ${counted(facts.pendingApplications, "application")}`,
          "Approve, waitlist or decline each applicant; they are told by e-mail.",
        );
      if (blocked.length > 0)
        return goTo(
          "enrolment",
          "Invite people",
          "Invite mentors and mentees",
          "Matching can start once at least one mentor and one mentee are approved.",
        );
      return { kind: "stage", to: "MATCHING", title: "Close enrolment and start matching", detail: stageOutcomes.MATCHING };
    case "MATCHING":
      if (facts.livePairs === 0 || facts.waiting > 0)
        return goTo(
          "matching",
          "Open the matching workspace",
          facts.livePairs === 0
            ? "Run matching and publish the pairs"
            : `Match the ${counted(facts.waiting, "mentee")} still waiting`,
          "Proposals stay drafts until you publish them; publishing tells both people in each pair.",
        );
      return { kind: "stage", to: "ACTIVE", title: "Start the programme", detail: stageOutcomes.ACTIVE };
    case "ACTIVE":
      if (facts.livePairs === 0)
        return goTo(
          "matching",
          "Open the matching workspace",
          "This programme is running with no pairs",
          "Run matching and publish pairs so people can start meeting.",
        );
      if (facts.checkInsDue > 0)
        return goTo(
          "check-ins",
          "See who to check in with",
          `Check in: ${counted(facts.checkInsDue, "pair or mentor", "pairs or mentors")} on the queue`,
          "Pairs that went quiet, left their agreement unsigned or asked for help, and mentors with unanswered requests.",
        );
      if (facts.waiting > 0)
        return goTo(
          "matching",
          "Open the matching workspace",
          `Match the ${counted(facts.waiting, "mentee")} still waiting`,
          "They were approved but have no mentor yet.",
        );
      return goTo(
        "evaluation",
        "See the evaluation",
        "Every pair is meeting",
        "Nothing needs you today. Close the programme when it ends.",
      );
    case "CLOSED":
      return goTo(
        "evaluation",
        "See the evaluation",
        "This programme is closed",
        "Its pairs and evaluation stay readable. Duplicate it to run it again.",
      );
  }
}

/** Everything that stands between the programme and its next stage, plus people left waiting. */
export function whatIsMissing(facts: OverviewFacts): string[] {
  const forward = forwardStage(facts.status);
  const missing = forward ? transitionProblems(facts, forward) : [];
  if ((facts.status === "MATCHING" || facts.status === "ACTIVE") && facts.waiting > 0)
    missing.push(`${counted(facts.waiting, "approved mentee")} still waiting for a mentor.`);
  if (facts.status === "ACTIVE" && facts.livePairs === 0)
    missing.push("No live pairs: the programme is running without anyone meeting.");
  return missing;
}
