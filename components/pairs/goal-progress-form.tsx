"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
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
  const { result, register, errors, isSubmitting, onSubmit } = useActionForm(
    goalProgressSchema,
    { goalId: goal.id, status: goal.status, progress: goal.progress, note: "" },
    action,
    { reset: { to: "values" } },
  );
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-3">
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
      <SubmitButton pending={isSubmitting} variant="secondary">
        Save progress
      </SubmitButton>
    </ActionForm>
  );
}
