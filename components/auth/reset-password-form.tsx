"use client";

import Link from "next/link";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/schemas";

export function ResetPasswordForm({
  token,
  action,
}: {
  token: string;
  action: (input: ResetPasswordInput) => Promise<ActionResult>;
}) {
  const { result, register, errors, isSubmitting, onSubmit } = useActionForm(
    resetPasswordSchema,
    { token, newPassword: "", confirmPassword: "" },
    action,
    { reset: { to: "none" } },
  );
  if (result?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage tone="success">{result.message}</FormMessage>
        <Link href="/login" className="text-sm font-medium text-brand-700 underline">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {result && <FormMessage tone="error">{result.message}</FormMessage>}
      {errors.token?.message && <FormMessage tone="error">{errors.token.message}</FormMessage>}
      <NewPasswordFields register={register} errors={errors} />
      <SubmitButton pending={isSubmitting} className="w-full">
        Set new password
      </SubmitButton>
    </form>
  );
}
