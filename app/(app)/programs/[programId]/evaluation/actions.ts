"use server";

import type { ActionResult } from "@/lib/action-result";
import { applyKpiTemplate, deleteKpiRow, saveKpiRow, saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { kpiRowIdSchema, kpiRowSchema, kpiTemplateSchema, roiAssumptionsSchema } from "@/lib/kpi/schemas";
import { act } from "@/app/_server/run-action";

const revalidate = ["/programs", "/dashboard"];

export async function saveKpiRowAction(input: unknown): Promise<ActionResult> {
  return act(input, kpiRowSchema, saveKpiRow, ({ measure }) => `Saved “${measure}”.`, revalidate);
}

export async function deleteKpiRowAction(input: unknown): Promise<ActionResult> {
  return act(input, kpiRowIdSchema, deleteKpiRow, () => "Row deleted.", revalidate);
}

export async function applyKpiTemplateAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    kpiTemplateSchema,
    applyKpiTemplate,
    ({ added }) =>
      added === 0
        ? "Every row of that template is already in the matrix."
        : `Added ${added} row${added === 1 ? "" : "s"}; tie each to a goal and set its baseline.`,
    revalidate,
  );
}

export async function saveRoiAssumptionsAction(input: unknown): Promise<ActionResult> {
  return act(input, roiAssumptionsSchema, saveRoiAssumptions, () => "Assumptions saved.", revalidate);
}
