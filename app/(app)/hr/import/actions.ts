"use server";

import type { ActionResult } from "@/lib/action-result";
import { applyHrImport, previewHrImport, type HrImportPlan } from "@/lib/hr/import";
import { hrImportSchema } from "@/lib/hr/schemas";
import { act } from "@/app/_server/run-action";
import { importPreviewMessage } from "@/app/_server/import-preview-message";

export async function previewHrImportAction(input: unknown): Promise<ActionResult<HrImportPlan>> {
  return act(input, hrImportSchema, (actor, parsed) => previewHrImport(actor, parsed.csv), importPreviewMessage);
}

export async function applyHrImportAction(input: unknown): Promise<ActionResult<HrImportPlan>> {
  return act(
    input,
    hrImportSchema,
    (actor, parsed) => applyHrImport(actor, parsed.csv),
    (plan) => `Imported: ${plan.creates} added, ${plan.updates} corrected, ${plan.unchanged} already there.`,
    ["/hr", "/dashboard", "/programs"],
  );
}
