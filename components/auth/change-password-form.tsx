"use client";

import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/auth/schemas";

const empty: ChangePasswordInput = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function ChangePasswordForm({ action }: { action: (input: ChangePasswordInput) => Promise<ActionResult> }) {
  const { result, register, field, errors, isSubmitting, onSubmit } = useActionForm(changePasswordSchema, empty, action, {
    reset: { to: "empty", empty },
  });
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-5">
      <TextField label="Current password" type="password" autoComplete="current-password" {...field("currentPassword")} />
      <NewPasswordFields register={register} errors={errors} />
      <SubmitButton pending={isSubmitting} pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </ActionForm>
  );
}
