"use server";

import { readinessSchema } from "@/lib/readiness/qualities";
import { submitReadiness } from "@/lib/readiness/readiness";
import { setResourceCompletion } from "@/lib/resources/resources";
import { completionSchema } from "@/lib/resources/schemas";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function setResourceCompletionAction(input: unknown): Promise<ActionResult> {
  return act(input, completionSchema, setResourceCompletion, () => "Saved.", ["/me"]);
}

export async function submitReadinessAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    readinessSchema,
    submitReadiness,
    (result) =>
      result.ready
        ? "Thank you: you are ready to be matched."
        : "Self-assessment saved. Complete the required training below to be ready.",
    ["/me", "/programs"],
  );
}
