"use server";

import { act } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { agreementTemplateSchema } from "@/lib/pairs/schemas";
import { updateAgreementTemplate } from "@/lib/pairs/update-agreement-template";

export async function updateAgreementTemplateAction(input: unknown): Promise<ActionResult> {
  return act(
    input,
    agreementTemplateSchema,
    updateAgreementTemplate,
    () => "Template saved. New agreements start from it; signed ones are unchanged.",
    ["/programs"],
  );
}
