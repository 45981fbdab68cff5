"use server";

import { applyToProgram } from "@/lib/programs/enrolment";
import { applySchema } from "@/lib/programs/enrolment-schemas";
import { nominateReport, nominationSchema } from "@/lib/programs/invitations";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";
import { respondToOffer } from "@/lib/waitlist/respond-to-offer";
import { capacitySchema, offerResponseSchema, withdrawSchema } from "@/lib/waitlist/schemas";
import { changeMentorCapacity } from "@/lib/waitlist/change-mentor-capacity";
import { withdrawFromProgram } from "@/lib/waitlist/withdraw-from-program";

export async function applyToProgramAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: applySchema,
    input,
    run: (actor, parsed) => applyToProgram(actor, parsed),
    success: () => "Application sent. You will hear when your coordinator has decided.",
    revalidate: ["/enrol", "/me/mentoring", "/programs"],
  });
}

export async function nominateReportAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: nominationSchema,
    input,
    run: nominateReport,
    success: () => "Nomination sent to your report and the coordinator.",
    revalidate: ["/enrol", "/programs"],
  });
}

export async function respondToOfferAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: offerResponseSchema,
    input,
    run: (actor, parsed) => respondToOffer(actor, parsed),
    success: ({ accepted }) =>
      accepted ? "The place is yours. Your coordinator will be in touch about matching." : "Thank you for letting us know.",
    revalidate: ["/enrol", "/me/mentoring"],
  });
}

export async function withdrawFromProgramAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: withdrawSchema,
    input,
    run: (actor, parsed) => withdrawFromProgram(actor, parsed),
    success: () => "You have withdrawn. Your place goes to the next person waiting.",
    revalidate: ["/enrol", "/me/mentoring"],
  });
}

export async function changeMentorCapacityAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: capacitySchema,
    input,
    run: (actor, parsed) => changeMentorCapacity(actor, parsed),
    success: ({ offered }) =>
      offered > 0
        ? `Saved. ${offered} ${offered === 1 ? "person" : "people"} on the waiting list ${offered === 1 ? "was" : "were"} offered a place.`
        : "Saved.",
    revalidate: ["/enrol", "/me/mentoring"],
  });
}
