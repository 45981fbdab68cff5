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
import { act } from "@/app/_server/run-action";

const revalidate = ["/programs"];

export async function createProgramAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    programCreateSchema,
    createProgram,
    (program) => `Created the draft programme. Its enrolment link will be /enrol/${program.slug}.`,
    revalidate,
  );
}

export async function updateProgramDetailsAction(input: unknown): Promise<ActionResult> {
  return act(input, programDetailsSchema, updateProgramDetails, () => "Programme saved.", revalidate);
}

export async function addGoalAction(input: unknown): Promise<ActionResult> {
  return act(input, goalSchema, addGoal, () => "Goal added.", revalidate);
}

export async function removeGoalAction(input: unknown): Promise<ActionResult> {
  return act(input, idSchema, removeGoal, () => "Goal removed.", revalidate);
}

export async function addQuestionAction(input: unknown): Promise<ActionResult> {
  return act(input, questionSchema, addQuestion, () => "Question added to the form.", revalidate);
}

export async function removeQuestionAction(input: unknown): Promise<ActionResult> {
  return act(input, idSchema, removeQuestion, () => "Question removed.", revalidate);
}

export async function moveQuestionAction(input: unknown): Promise<ActionResult> {
  return act(input, moveQuestionSchema, moveQuestion, () => "Moved.", revalidate);
}

export async function changeProgramStatusAction(input: unknown): Promise<ActionResult> {
  return act(input, statusChangeSchema, changeProgramStatus, () => "Stage changed.", [...revalidate, "/matching", "/enrol"]);
}

export async function duplicateProgramAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return act(input, idSchema, duplicateProgram, () => "Duplicated as a new draft.", revalidate);
}

export async function decideApplicationsAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    decisionSchema,
    decideApplications,
    (result) =>
      result.decided === 0
        ? "Those applications already had this decision; nobody was notified again."
        : `${result.decided} ${plural(result.decided, "application")} decided; applicants have been notified.`,
    revalidate,
  );
}

export async function updateResponsibilitiesAction(input: unknown): Promise<ActionResult> {
  return act(input, responsibilitiesSchema, updateResponsibilities, () => "Roles and resources saved.", revalidate);
}

export async function addStageAction(input: unknown): Promise<ActionResult> {
  return act(input, stageSchema, addStage, () => "Stage added to the timeline.", revalidate);
}

export async function addBudgetLineAction(input: unknown): Promise<ActionResult> {
  return act(input, budgetLineSchema, addBudgetLine, () => "Budget line added.", revalidate);
}

export async function addCommunicationAction(input: unknown): Promise<ActionResult> {
  return act(input, communicationSchema, addCommunication, () => "Added to the communication plan.", revalidate);
}

export async function setCommunicationSentAction(input: unknown): Promise<ActionResult> {
  return act(input, communicationSentSchema, setCommunicationSent, () => "Updated.", revalidate);
}

export async function removeBlueprintItemAction(input: unknown): Promise<ActionResult> {
  return act(input, blueprintItemSchema, removeBlueprintItem, () => "Removed.", revalidate);
}

export async function askSponsorAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    sponsorRequestSchema,
    askSponsor,
    (r) =>
      r.alreadyWaiting
        ? `${r.sponsorName} has already been asked and has not answered yet.`
        : `${r.sponsorName} has been asked to sign off, in their inbox.`,
    [...revalidate, "/me/sign-off"],
  );
}

export async function inviteToProgramAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    invitationSchema,
    inviteToProgram,
    (r) =>
      `Invited ${r.invited} ${plural(r.invited, "person", "people")}${r.skipped ? `; skipped ${r.skipped} already invited, taking part or outside the programme's scope` : ""}.`,
    revalidate,
  );
}

export async function moveOnWaitlistAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    moveOnWaitlistSchema,
    moveOnWaitlist,
    () => "Waiting list order saved. Free places go to the first person who fits, in this order.",
    revalidate,
  );
}
