"use server";

import { applyPeopleImport } from "@/lib/people/apply-import";
import { previewPeopleImport, type ImportPlan } from "@/lib/people/plan-import";
import { peopleImportSchema } from "@/lib/people/schemas";
import type { ActionResult } from "@/lib/action-result";
import { act } from "@/app/_server/run-action";
import { importPreviewMessage } from "@/app/_server/import-preview-message";

export async function previewPeopleImportAction(input: unknown): Promise<ActionResult<ImportPlan>> {
  return act(input, peopleImportSchema, (actor, parsed) => previewPeopleImport(actor, parsed.csv), importPreviewMessage);
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
