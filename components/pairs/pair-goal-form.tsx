"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
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
  const { result, register, errors, isSubmitting, onSubmit } = useActionForm(pairGoalSchema, empty, action, {
    reset: { to: "empty", empty },
  });
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-4">
      <TextField
        id="goal-title"
        label="Goal"
        placeholder="e.g. Present our roadmap to the leadership team"
        error={errors.title?.message}
        {...register("title")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="goal-measure"
          label="How you will measure it"
          placeholder="e.g. Presentations given to leadership"
          error={errors.measure?.message}
          {...register("measure")}
        />
        <TextField
          id="goal-target"
          label="Target"
          placeholder="e.g. 2 by the end of March"
          error={errors.target?.message}
          {...register("target")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="goal-due" type="date" label="Due" error={errors.dueOn?.message} {...register("dueOn")} />
        <SelectField
          id="goal-programme"
          label="Programme goal it serves"
          error={errors.programGoalId?.message}
          {...register("programGoalId")}
        >
          <option value="">None</option>
          {programGoals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.title}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id="goal-support"
        label="Support and resources needed"
        className="min-h-16"
        placeholder="e.g. A dry run with my mentor; time on the leadership agenda"
        error={errors.support?.message}
        {...register("support")}
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
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add goal"}
      </Button>
    </ActionForm>
  );
}
