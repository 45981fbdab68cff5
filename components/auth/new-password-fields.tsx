import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/field";

type NewPassword = { newPassword: string; confirmPassword: string };

/** The new password, typed twice: shared by changing a password and setting one from a reset link. */
export function NewPasswordFields<Values extends NewPassword>({
  register,
  errors,
}: {
  register: UseFormRegister<Values>;
  errors: FieldErrors<Values>;
}) {
  // Both forms carry these two fields; react-hook-form's path types cannot see that through the generic.
  const fields = register as unknown as UseFormRegister<NewPassword>;
  const fieldErrors = errors as FieldErrors<NewPassword>;
  return (
    <>
      <TextField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; a few unrelated words work well."
        error={fieldErrors.newPassword?.message}
        {...fields("newPassword")}
      />
      <TextField
        id="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={fieldErrors.confirmPassword?.message}
        {...fields("confirmPassword")}
      />
    </>
  );
}
