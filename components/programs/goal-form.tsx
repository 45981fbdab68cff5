"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { goalSchema } from "@/lib/programs/schemas";

type GoalInput = z.input<typeof goalSchema>;

export function GoalForm({ programId, action }: { programId: string; action: (input: GoalInput) => Promise<ActionResult> }) {
  const empty = { programId, title: "", objective: "" };
  const form = useForm<GoalInput, unknown, z.output<typeof goalSchema>>({
    resolver: zodResolver(goalSchema),
    defaultValues: empty,
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, { reset: { to: "empty", empty } });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <TextField
        id="goal-title"
        label="Goal"
        placeholder="e.g. Grow internal candidates for team-lead roles"
        error={errors.title?.message}
        {...register("title")}
      />
      <TextField
        id="goal-objective"
        label="Measurable objective"
        placeholder="e.g. 30% of mentees promoted or moved within 12 months"
        error={errors.objective?.message}
        {...register("objective")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add goal"}
      </Button>
    </form>
  );
}
