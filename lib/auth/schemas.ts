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

/** A new password and the same typed again to confirm it; the second must match the first. */
const newPasswordTwice = { newPassword: newPasswordSchema, confirmPassword: z.string() };
const sameBothTimes = (value: { newPassword: string; confirmPassword: string }) => value.newPassword === value.confirmPassword;
const typedDifferently = { path: ["confirmPassword"], message: "The two new passwords differ. Type the same one twice." };

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, "Enter your current password."), ...newPasswordTwice })
  .refine(sameBothTimes, typedDifferently);

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const resetPasswordSchema = z
  .object({
    token: z.string().trim().min(20, "This link is incomplete. Open it again from the e-mail.").max(100),
    ...newPasswordTwice,
  })
  .refine(sameBothTimes, typedDifferently);

export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
