"use server";

import { plural } from "@/lib/format";
import { applyPeopleImport } from "@/lib/people/apply-import";
import { previewPeopleImport, type ImportPlan } from "@/lib/people/plan-import";
import { peopleImportSchema } from "@/lib/people/schemas";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";

export async function previewPeopleImportAction(input: unknown): Promise<ActionResult<ImportPlan>> {
  return act(
    input,
    peopleImportSchema,
    (actor, parsed) => previewPeopleImport(actor, parsed.csv),
    (plan) =>
      plan.issues.length
        ? `${plan.issues.length} ${plural(plan.issues.length, "problem")} to fix before importing.`
        : "Ready to import.",
  );
}

export async function applyPeopleImportAction(input: unknown): Promise<ActionResult<ImportPlan>> {
  return act(
    input,
    peopleImportSchema,
    (actor, parsed) => applyPeopleImport(actor, parsed.csv),
    (plan) => `Imported: ${plan.creates} added, ${plan.updates} updated, ${plan.unchanged} unchanged.`,
    ["/people"],
  );
}
