"use server";

import { resetPassword } from "@/lib/auth/password-reset/reset-password";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import type { ActionResult } from "@/lib/action-result";
import { runPublicAction } from "@/app/_server/run-action";

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  return runPublicAction({
    schema: resetPasswordSchema,
    input,
    run: (_nobody, reset) => resetPassword(reset),
    success: () => "Your new password is set. Sign in with it now.",
  });
}
