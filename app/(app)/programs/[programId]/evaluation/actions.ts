"use server";

import type { ActionResult } from "@/lib/action-result";
import { applyKpiTemplate, deleteKpiRow, saveKpiRow, saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { kpiRowIdSchema, kpiRowSchema, kpiTemplateSchema, roiAssumptionsSchema } from "@/lib/kpi/schemas";
import { runAction } from "@/app/_server/run-action";

const revalidate = ["/programs", "/dashboard"];

export async function saveKpiRowAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: kpiRowSchema,
    input,
    run: saveKpiRow,
    success: ({ measure }) => `Saved “${measure}”.`,
    revalidate,
  });
}

export async function deleteKpiRowAction(input: unknown): Promise<ActionResult> {
  return runAction({ schema: kpiRowIdSchema, input, run: deleteKpiRow, success: () => "Row deleted.", revalidate });
}

export async function applyKpiTemplateAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: kpiTemplateSchema,
    input,
    run: applyKpiTemplate,
    success: ({ added }) =>
      added === 0
        ? "Every row of that template is already in the matrix."
        : `Added ${added} row${added === 1 ? "" : "s"}; tie each to a goal and set its baseline.`,
    revalidate,
  });
}

export async function saveRoiAssumptionsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: roiAssumptionsSchema,
    input,
    run: saveRoiAssumptions,
    success: () => "Assumptions saved.",
    revalidate,
  });
}
