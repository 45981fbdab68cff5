import { plural } from "@/lib/format";
import type { ProgramStatus } from "@/lib/db/generated/enums";
import vocabulary from "@/lib/vocabulary/en.json";

/** The stages a programme moves through, and where each may go next. */
export const nextStages: Record<ProgramStatus, ProgramStatus[]> = {
  DRAFT: ["ENROLMENT", "CLOSED"],
  ENROLMENT: ["MATCHING", "DRAFT", "CLOSED"],
  MATCHING: ["ACTIVE", "ENROLMENT", "CLOSED"],
  ACTIVE: ["CLOSED"],
  CLOSED: [],
};

export const stageActionLabels: Record<ProgramStatus, string> = vocabulary.programs.stageAction;

export interface LifecycleSnapshot {
  status: ProgramStatus;
  goals: number;
  codeOfConduct: string;
  questions: number;
  startDate: Date | null;
  endDate: Date | null;
  approvedMentors: number;
  approvedMentees: number;
  livePairs: number;
  pendingApplications: number;
}

/** Why a programme cannot move to a stage yet, in words a coordinator can act on; empty when it can. */
export function transitionProblems(program: LifecycleSnapshot, to: ProgramStatus): string[] {
  if (!nextStages[program.status].includes(to))
    return [`A programme in ${program.status.toLowerCase()} cannot move to ${to.toLowerCase()}.`];
  const problems: string[] = [];
  if (to === "ENROLMENT") {
    if (program.goals === 0) problems.push("Add at least one goal with a measurable objective.");
    if (program.codeOfConduct.trim().length === 0) problems.push("Write the code of conduct participants will agree to.");
    if (!program.startDate || !program.endDate) problems.push("Set the start and end dates.");
  }
  if (to === "MATCHING") {
    if (program.approvedMentors === 0) problems.push("Approve at least one mentor.");
    if (program.approvedMentees === 0) problems.push("Approve at least one mentee.");
    if (program.pendingApplications > 0)
      problems.push(
        `Decide on the ${program.pendingApplications} ${plural(program.pendingApplications, "application")} still waiting.`,
      );
  }
  if (to === "ACTIVE" && program.livePairs === 0) problems.push("Publish at least one pair before the programme starts.");
  if (to === "DRAFT" && program.approvedMentors + program.approvedMentees > 0)
    problems.push("People have already been approved; close the programme instead.");
  return problems;
}
