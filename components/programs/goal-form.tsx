"use client";

import { useActionForm } from "@/components/ui/use-action-submit";
import type { z } from "zod";
import { ActionForm, panelForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { goalSchema } from "@/lib/programs/schemas";

type GoalInput = z.input<typeof goalSchema>;

export function GoalForm({ programId, action }: { programId: string; action: (input: GoalInput) => Promise<ActionResult> }) {
  const empty = { programId, title: "", objective: "" };
  const { result, field, isSubmitting, onSubmit } = useActionForm(goalSchema, empty, action, {
    reset: { to: "empty", empty },
    idPrefix: "goal",
  });

  return (
    <ActionForm onSubmit={onSubmit} result={result} className={panelForm} errorsOnly>
      <TextField label="Goal" placeholder="e.g. Grow internal candidates for team-lead roles" {...field("title")} />
      <TextField
        label="Measurable objective"
        placeholder="e.g. 30% of mentees promoted or moved within 12 months"
        {...field("objective")}
      />
      <SubmitButton pending={isSubmitting} variant="secondary" pendingLabel="Adding…">
        Add goal
      </SubmitButton>
    </ActionForm>
  );
}
