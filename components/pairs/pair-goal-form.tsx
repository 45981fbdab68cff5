"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { pairGoalSchema } from "@/lib/pairs/schemas";

type Values = z.input<typeof pairGoalSchema>;

/** A SMART goal: what, how it is measured and the target, support, the programme goal, when. */
export function PairGoalForm({
  matchId,
  programGoals,
  action,
}: {
  matchId: string;
  programGoals: { id: string; title: string }[];
  action: (input: Values) => Promise<ActionResult>;
}) {
  const empty: Values = {
    matchId,
    title: "",
    measure: "",
    target: "",
    support: "",
    programGoalId: "",
    dueOn: "",
    milestones: ["", "", ""],
  };
  const { result, register, field, isSubmitting, onSubmit } = useActionForm(pairGoalSchema, empty, action, {
    reset: { to: "empty", empty },
    idPrefix: "goal",
  });
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-4">
      <TextField label="Goal" placeholder="e.g. Present our roadmap to the leadership team" {...field("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="How you will measure it" placeholder="e.g. Presentations given to leadership" {...field("measure")} />
        <TextField label="Target" placeholder="e.g. 2 by the end of March" {...field("target")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" label="Due" {...field("dueOn")} id="goal-due" />
        <SelectField
          label="Programme goal it serves"
          blank="None"
          options={programGoals.map((g) => ({ value: g.id, label: g.title }))}
          {...field("programGoalId")}
          id="goal-programme"
        />
      </div>
      <TextAreaField
        label="Support and resources needed"
        className="min-h-16"
        placeholder="e.g. A dry run with my mentor; time on the leadership agenda"
        {...field("support")}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Milestones (optional)</legend>
        {[0, 1, 2].map((i) => (
          <input
            key={i}
            aria-label={`Milestone ${i + 1}`}
            className="block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600 focus:outline-none"
            placeholder={["e.g. Draft the deck", "e.g. Dry run with mentor", "e.g. Present"][i]}
            {...register(`milestones.${i}`)}
          />
        ))}
      </fieldset>
      <SubmitButton pending={isSubmitting} pendingLabel="Adding…">
        Add goal
      </SubmitButton>
    </ActionForm>
  );
}
