"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { goalProgressSchema, pairGoalStatusLabels, pairGoalStatuses } from "@/lib/pairs/schemas";

type Values = z.input<typeof goalProgressSchema>;

export function GoalProgressForm({
  goal,
  action,
}: {
  goal: { id: string; status: (typeof pairGoalStatuses)[number]; progress: number };
  action: (input: Values) => Promise<ActionResult>;
}) {
  const form = useForm<Values, unknown, z.output<typeof goalProgressSchema>>({
    resolver: zodResolver(goalProgressSchema),
    defaultValues: { goalId: goal.id, status: goal.status, progress: goal.progress, note: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "values" } });
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-3">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={`goal-${goal.id}-status`} label="Status" error={errors.status?.message} {...register("status")}>
          {pairGoalStatuses.map((s) => (
            <option key={s} value={s}>
              {pairGoalStatusLabels[s]}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`goal-${goal.id}-progress`}
          type="number"
          min={0}
          max={100}
          step={5}
          label="Progress %"
          error={errors.progress?.message}
          {...register("progress")}
        />
        <TextField id={`goal-${goal.id}-note`} label="Note" error={errors.note?.message} {...register("note")} />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : "Save progress"}
      </Button>
    </form>
  );
}
