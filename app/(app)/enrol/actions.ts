"use server";

import { applyToProgram } from "@/lib/programs/enrolment";
import { applySchema } from "@/lib/programs/enrolment-schemas";
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
