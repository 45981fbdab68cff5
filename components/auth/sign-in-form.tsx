"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { fieldsOf } from "@/components/ui/use-action-submit";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const [formError, setFormError] = useState<string | null>(initialError);
  const form = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const field = fieldsOf(form);
  const { isSubmitting } = form.formState;

  async function onSubmit(values: SignInInput) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(result?.error ?? "Sign-in failed. Try again in a moment.");
      return;
    }
    // A full load, so the server renders the next page with the new session cookie.
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-5">
      {formError && <FormMessage tone="error">{formError}</FormMessage>}
      <TextField label="Work email" type="email" autoComplete="username" {...field("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" {...field("password")} />
      <SubmitButton pending={isSubmitting} className="w-full" pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}
