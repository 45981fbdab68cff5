"use server";

import { currentRequestAddress } from "@/lib/audit/request-address";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/app/_server/run-action";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: changePasswordSchema,
    input,
    // runAction has read the client address already; outside a request (a test) there is none.
    run: (actor, change) => changePassword(actor, change, currentRequestAddress() ?? "unknown"),
    success: () => "Your password is changed. Use the new one next time you sign in.",
  });
}
