"use server";

import { runAction } from "@/app/_server/run-action";
import type { ActionResult } from "@/lib/action-result";
import { agreementTemplateSchema } from "@/lib/pairs/schemas";
import { updateAgreementTemplate } from "@/lib/pairs/update-agreement-template";

export async function updateAgreementTemplateAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: agreementTemplateSchema,
    input,
    run: (actor, parsed) => updateAgreementTemplate(actor, parsed),
    success: () => "Template saved. New agreements start from it; signed ones are unchanged.",
    revalidate: ["/programs"],
  });
}
