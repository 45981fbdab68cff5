"use server";

import type { ActionResult } from "@/lib/action-result";
import { organizationSettingsSchema } from "@/lib/organization/schemas";
import { updateOrganizationSettings } from "@/lib/organization/update-organization-settings";
import { runAction } from "@/app/_server/run-action";

export async function updateOrganizationSettingsAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: organizationSettingsSchema,
    input,
    run: (actor, parsed) => updateOrganizationSettings(actor, parsed),
    success: ({ changed }) =>
      changed ? "Currency saved. Money figures now show it; evaluation figures update within a minute." : "Nothing to change.",
    // Money is shown across programmes, evaluation and the dashboard.
    revalidate: ["/"],
  });
}
