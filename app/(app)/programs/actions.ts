"use server";

import { createProgram } from "@/lib/programs/programs";
import { programCreateSchema } from "@/lib/programs/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function createProgramAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: programCreateSchema,
    input,
    run: createProgram,
    success: (program) => `Created the draft programme. Its enrolment link will be /enrol/${program.slug}.`,
    revalidate: ["/programs"],
  });
}
