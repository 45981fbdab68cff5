"use server";

import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/action-result";
import { requestAddressIfAny } from "@/app/_server/client-address";
import { runAction } from "@/app/_server/run-action";

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  // Outside a request (a test calling the action) there is no address; the throttle counts it as "unknown".
  const address = (await requestAddressIfAny()) ?? "unknown";
  return runAction({
    schema: changePasswordSchema,
    input,
    run: (actor, change) => changePassword(actor, change, address),
    success: () => "Your password is changed. Use the new one next time you sign in.",
  });
}
