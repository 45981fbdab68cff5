"use server";

import type { ActionResult } from "@/lib/action-result";
import { applyHrImport, previewHrImport, type HrImportPlan } from "@/lib/hr/import";
import { hrImportSchema } from "@/lib/hr/schemas";
import { runAction } from "@/app/_server/run-action";

export async function previewHrImportAction(input: unknown): Promise<ActionResult<HrImportPlan>> {
  return runAction({
    schema: hrImportSchema,
    input,
    run: (actor, parsed) => previewHrImport(actor, parsed.csv),
    success: (plan) =>
      plan.issues.length
        ? `${plan.issues.length} problem${plan.issues.length === 1 ? "" : "s"} to fix before importing.`
        : "Ready to import.",
  });
}

export async function applyHrImportAction(input: unknown): Promise<ActionResult<HrImportPlan>> {
  return runAction({
    schema: hrImportSchema,
    input,
    run: (actor, parsed) => applyHrImport(actor, parsed.csv),
    success: (plan) => `Imported: ${plan.creates} added, ${plan.updates} corrected, ${plan.unchanged} already there.`,
    revalidate: ["/hr", "/dashboard", "/programs"],
  });
}
