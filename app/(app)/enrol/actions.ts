"use server";

import { applyToProgram } from "@/lib/programs/enrolment";
import { applySchema } from "@/lib/programs/enrolment-schemas";
import { nominateReport, nominationSchema } from "@/lib/programs/invitations";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

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
  return runAction({ schema: nominationSchema, input, run: nominateReport, success: () => "Nomination sent to your report and the coordinator.", revalidate: ["/enrol", "/programs"] });
}
