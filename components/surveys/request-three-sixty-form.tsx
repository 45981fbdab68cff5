"use client";

import { useController } from "react-hook-form";
import { RaterPicker } from "@/components/surveys/rater-picker";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, TextAreaField } from "@/components/ui/field";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { requestThreeSixtySchema, threeSixtyLimits, type RequestThreeSixtyFormValues } from "@/lib/surveys/schemas";
import type { RaterChoice } from "@/lib/surveys/three-sixty-rules";

/**
 * The mentee's request for 360 feedback: the behaviours to rate (the start only: the end asks the
 * same), colleagues from anywhere in the directory, and whether their manager is asked too.
 */
export function RequestThreeSixtyForm({
  pairId,
  phase,
  suggestedBehaviours,
  previousColleagueIds,
  colleagues,
  managerName,
  action,
}: {
  pairId: string;
  phase: "START" | "END";
  suggestedBehaviours: string[];
  previousColleagueIds: string[];
  colleagues: RaterChoice[];
  managerName: string | null;
  action: (input: RequestThreeSixtyFormValues) => Promise<ActionResult>;
}) {
  const defaults: RequestThreeSixtyFormValues = {
    pairId,
    phase,
    behavioursText: suggestedBehaviours.join("\n"),
    colleagueIds: previousColleagueIds,
    includeManager: managerName !== null,
  };
  const { form, result, register, errors, isSubmitting, onSubmit } = useActionForm(requestThreeSixtySchema, defaults, action, {
    reset: { to: "none" },
  });
  const { field: colleagueIds } = useController({ control: form.control, name: "colleagueIds" });
  return (
    <ActionForm onSubmit={onSubmit} result={result}>
      {phase === "START" ? (
        <TextAreaField
          id="three-sixty-behaviours"
          label="What should they rate? One behaviour per line"
          hint={`${threeSixtyLimits.minBehaviours} to ${threeSixtyLimits.maxBehaviours} behaviours people can see in your work, e.g. “Explains technical decisions to non-engineers”. Your pair's goals are filled in to start from.`}
          className="min-h-32"
          error={errors.behavioursText?.message}
          {...register("behavioursText")}
        />
      ) : (
        <div className="text-sm text-slate-700">
          <p className="font-medium text-slate-900">The same behaviours as at the start:</p>
          <ul className="mt-1 list-disc pl-5">
            {suggestedBehaviours.map((behaviour) => (
              <li key={behaviour}>{behaviour}</li>
            ))}
          </ul>
        </div>
      )}
      <RaterPicker
        pairId={pairId}
        departmentChoices={colleagues}
        value={colleagueIds.value ?? []}
        onChange={colleagueIds.onChange}
        legend={`Colleagues to ask (${threeSixtyLimits.minColleagues} to ${threeSixtyLimits.maxColleagues})`}
        error={errors.colleagueIds?.message ?? errors.colleagueIds?.root?.message}
      />
      {managerName ? (
        <CheckboxField
          label={`Ask my manager, ${managerName}, too`}
          description="Their answers are kept apart from your colleagues’ and shown to you only if they agree."
          error={errors.includeManager?.message}
          {...register("includeManager")}
        />
      ) : (
        <p className="text-sm text-slate-600">The directory has no manager for you, so only colleagues are asked.</p>
      )}
      <SubmitButton pending={isSubmitting} disabled={result?.ok === true} pendingLabel="Asking…">
        {phase === "START" ? "Ask for 360 feedback" : "Ask again for the end"}
      </SubmitButton>
    </ActionForm>
  );
}
