"use server";

import { applyToProgram } from "@/lib/programs/enrolment";
import { applySchema } from "@/lib/programs/enrolment-schemas";
import { nominateReport, nominationSchema } from "@/lib/programs/invitations";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";
import { respondToOffer } from "@/lib/waitlist/respond-to-offer";
import { capacitySchema, offerResponseSchema, withdrawSchema } from "@/lib/waitlist/schemas";
import { changeMentorCapacity } from "@/lib/waitlist/change-mentor-capacity";
import { withdrawFromProgram } from "@/lib/waitlist/withdraw-from-program";

export async function applyToProgramAction(input: unknown): Promise<ActionResult> {
  return act(input, applySchema, applyToProgram, () => "Application sent. You will hear when your coordinator has decided.", [
    "/enrol",
    "/me/mentoring",
    "/programs",
  ]);
}

export async function nominateReportAction(input: unknown): Promise<ActionResult> {
  return act(input, nominationSchema, nominateReport, () => "Nomination sent to your report and the coordinator.", [
    "/enrol",
    "/programs",
  ]);
}

export async function respondToOfferAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    offerResponseSchema,
    respondToOffer,
    ({ accepted }) =>
      accepted ? "The place is yours. Your coordinator will be in touch about matching." : "Thank you for letting us know.",
    ["/enrol", "/me/mentoring"],
  );
}

export async function withdrawFromProgramAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    withdrawSchema,
    withdrawFromProgram,
    () => "You have withdrawn. Your place goes to the next person waiting.",
    ["/enrol", "/me/mentoring"],
  );
}

export async function changeMentorCapacityAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    capacitySchema,
    changeMentorCapacity,
    ({ offered }) =>
      offered > 0
        ? `Saved. ${offered} ${offered === 1 ? "person" : "people"} on the waiting list ${offered === 1 ? "was" : "were"} offered a place.`
        : "Saved.",
    ["/enrol", "/me/mentoring"],
  );
}
