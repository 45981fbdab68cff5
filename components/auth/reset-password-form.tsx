"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/schemas";

export function ResetPasswordForm({
  token,
  action,
}: {
  token: string;
  action: (input: ResetPasswordInput) => Promise<ActionResult>;
}) {
  const form = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "none" } });
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
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-5">
      {result && <FormMessage tone="error">{result.message}</FormMessage>}
      {errors.token?.message && <FormMessage tone="error">{errors.token.message}</FormMessage>}
      <TextField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters; a few unrelated words work well."
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        id="confirmPassword"
        label="New password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
