"use server";

import { changeUserRole } from "@/lib/people/people";
import { roleChangeSchema } from "@/lib/people/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function changeUserRoleAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: roleChangeSchema,
    input,
    run: changeUserRole,
    success: (user) => `${user.name}'s role is updated.`,
    revalidate: ["/people"],
  });
}
