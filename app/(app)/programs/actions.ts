"use server";

import { plural } from "@/lib/format";
import { createProgram } from "@/lib/programs/programs";
import {
  addGoal,
  addQuestion,
  changeProgramStatus,
  duplicateProgram,
  moveQuestion,
  removeGoal,
  removeQuestion,
  updateProgramDetails,
} from "@/lib/programs/design";
import { decideApplications } from "@/lib/programs/enrolment";
import { invitationSchema, inviteToProgram } from "@/lib/programs/invitations";
import {
  addBudgetLine,
  addCommunication,
  addStage,
  removeBlueprintItem,
  setCommunicationSent,
  updateResponsibilities,
} from "@/lib/programs/blueprint";
import {
  blueprintItemSchema,
  budgetLineSchema,
  communicationSchema,
  communicationSentSchema,
  responsibilitiesSchema,
  sponsorRequestSchema,
  stageSchema,
} from "@/lib/programs/blueprint-schemas";
import { decisionSchema } from "@/lib/programs/enrolment-schemas";
import { moveOnWaitlist } from "@/lib/waitlist/move-on-waitlist";
import { moveOnWaitlistSchema } from "@/lib/waitlist/schemas";
import {
  goalSchema,
  idSchema,
  moveQuestionSchema,
  programCreateSchema,
  programDetailsSchema,
  questionSchema,
  statusChangeSchema,
} from "@/lib/programs/schemas";
import { askSponsor } from "@/lib/programs/sponsor/ask-sponsor";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

const revalidate = ["/programs"];

export async function createProgramAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: programCreateSchema,
    input,
    run: createProgram,
    success: (program) => `Created the draft programme. Its enrolment link will be /enrol/${program.slug}.`,
    revalidate,
  });
}

export async function updateProgramDetailsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: programDetailsSchema,
    input,
    run: updateProgramDetails,
    success: () => "Programme saved.",
    revalidate,
  });
}

export async function addGoalAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: goalSchema, input, run: addGoal, success: () => "Goal added.", revalidate });
}

export async function removeGoalAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: idSchema, input, run: removeGoal, success: () => "Goal removed.", revalidate });
}

export async function addQuestionAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: questionSchema, input, run: addQuestion, success: () => "Question added to the form.", revalidate });
}

export async function removeQuestionAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: idSchema, input, run: removeQuestion, success: () => "Question removed.", revalidate });
}

export async function moveQuestionAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: moveQuestionSchema, input, run: moveQuestion, success: () => "Moved.", revalidate });
}

export async function changeProgramStatusAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: statusChangeSchema,
    input,
    run: changeProgramStatus,
    success: () => "Stage changed.",
    revalidate: [...revalidate, "/matching", "/enrol"],
  });
}

export async function duplicateProgramAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction({ schema: idSchema, input, run: duplicateProgram, success: () => "Duplicated as a new draft.", revalidate });
}

export async function decideApplicationsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: decisionSchema,
    input,
    run: (actor, parsed) => decideApplications(actor, parsed),
    success: (result) =>
      result.decided === 0
        ? "Those applications already had this decision; nobody was notified again."
        : `${result.decided} ${plural(result.decided, "application")} decided; applicants have been notified.`,
    revalidate,
  });
}

export async function updateResponsibilitiesAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: responsibilitiesSchema,
    input,
    run: updateResponsibilities,
    success: () => "Roles and resources saved.",
    revalidate,
  });
}

export async function addStageAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: stageSchema, input, run: addStage, success: () => "Stage added to the timeline.", revalidate });
}

export async function addBudgetLineAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: budgetLineSchema, input, run: addBudgetLine, success: () => "Budget line added.", revalidate });
}

export async function addCommunicationAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: communicationSchema,
    input,
    run: addCommunication,
    success: () => "Added to the communication plan.",
    revalidate,
  });
}

export async function setCommunicationSentAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: communicationSentSchema,
    input,
    run: (actor, parsed) => setCommunicationSent(actor, parsed),
    success: () => "Updated.",
    revalidate,
  });
}

export async function removeBlueprintItemAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: blueprintItemSchema, input, run: removeBlueprintItem, success: () => "Removed.", revalidate });
}

export async function askSponsorAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: sponsorRequestSchema,
    input,
    run: (actor, parsed) => askSponsor(actor, parsed),
    success: (r) =>
      r.alreadyWaiting
        ? `${r.sponsorName} has already been asked and has not answered yet.`
        : `${r.sponsorName} has been asked to sign off, in their inbox.`,
    revalidate: [...revalidate, "/me/sign-off"],
  });
}

export async function inviteToProgramAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: invitationSchema,
    input,
    run: inviteToProgram,
    success: (r) =>
      `Invited ${r.invited} ${plural(r.invited, "person", "people")}${r.skipped ? `; skipped ${r.skipped} already invited, taking part or outside the programme's scope` : ""}.`,
    revalidate,
  });
}

export async function moveOnWaitlistAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: moveOnWaitlistSchema,
    input,
    run: (actor, parsed) => moveOnWaitlist(actor, parsed),
    success: () => "Waiting list order saved. Free places go to the first person who fits, in this order.",
    revalidate,
  });
}
