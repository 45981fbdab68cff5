import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { fieldsOf } from "@/components/ui/use-action-submit";

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
  const field = fieldsOf({
    register: register as unknown as UseFormRegister<NewPassword>,
    formState: { errors: errors as FieldErrors<NewPassword> },
  });
  return (
    <>
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; a few unrelated words work well."
        {...field("newPassword")}
      />
      <TextField label="New password again" type="password" autoComplete="new-password" {...field("confirmPassword")} />
    </>
  );
}
