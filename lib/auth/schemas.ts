import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your work email.")
    .pipe(z.email("Enter an email address like name@company.com.")),
  password: z.string().min(1, "Enter your password."),
});

export type SignInInput = z.input<typeof signInSchema>;

/** A new password: long enough to resist guessing, short enough for the hash to stay cheap. */
export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters; a few unrelated words work well.")
  .max(200, "Use at most 200 characters.");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ. Type the same one twice.",
  });

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const resetPasswordSchema = z
  .object({
    token: z.string().trim().min(20, "This link is incomplete. Open it again from the e-mail.").max(100),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ. Type the same one twice.",
  });

export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
