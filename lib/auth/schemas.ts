import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your work email.").pipe(z.email("Enter an email address like name@company.com.")),
  password: z.string().min(1, "Enter your password."),
});

export type SignInInput = z.input<typeof signInSchema>;
