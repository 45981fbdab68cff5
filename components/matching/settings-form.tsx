"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { criteria, criterionLabels, seniorityRuleLabels, seniorityRules, weightLevels } from "@/lib/matching/config";
import { matchingModeLabels, matchingModes, matchingSettingsSchema, type MatchingSettings } from "@/lib/matching/schemas";

const preferenceOptions = [
  ["different", "Prefer different"],
  ["same", "Prefer the same"],
  ["ignore", "Ignore"],
] as const;

export function MatchingSettingsForm({
  initial,
  action,
}: {
  initial: MatchingSettings;
  action: (input: MatchingSettings) => Promise<ActionResult>;
}) {
  const form = useForm<MatchingSettings>({ resolver: zodResolver(matchingSettingsSchema), defaultValues: initial });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, { reset: { to: "values" } });

  const number = { valueAsNumber: true } as const;
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <SelectField id="mode" label="How pairs are made" error={errors.mode?.message} {...register("mode")}>
        {matchingModes.map((mode) => (
          <option key={mode} value={mode}>
            {matchingModeLabels[mode]}
          </option>
        ))}
      </SelectField>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Criteria weights</legend>
        <p className="mt-0.5 text-xs text-slate-500">
          How much each criterion counts in a pair&apos;s score. Off leaves it out. Missing data drops a criterion for that pair
          only.
        </p>
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          {criteria.map((criterion) => (
            <SelectField
              key={criterion}
              id={`weight-${criterion}`}
              label={criterionLabels[criterion]}
              error={errors.config?.weights?.[criterion]?.message}
              {...register(`config.weights.${criterion}`, number)}
            >
              {weightLevels.map((level) => (
                <option key={level.value} value={level.value}>
                  {level.label}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="departmentPreference"
          label="Department"
          error={errors.config?.departmentPreference?.message}
          {...register("config.departmentPreference")}
        >
          {preferenceOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="generationPreference"
          label="Generation (opted-in only)"
          error={errors.config?.generationPreference?.message}
          {...register("config.generationPreference")}
        >
          {preferenceOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          id="idealLevelGap"
          label="Ideal level gap"
          type="number"
          min={0}
          max={6}
          error={errors.config?.idealLevelGap?.message}
          {...register("config.idealLevelGap", number)}
        />
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">Hard rules</legend>
        <p className="mt-0.5 text-xs text-slate-500">Never traded against score: a pair that breaks one is never proposed.</p>
        <div className="mt-3 space-y-2 text-sm text-slate-800">
          {(
            [
              ["excludeReportingLine", "Never pair people in the same reporting line"],
              ["requireSharedLanguage", "Require at least one shared language"],
              ["requireReadiness", "Mentor must have completed the readiness checklist"],
            ] as const
          ).map(([rule, label]) => (
            <label key={rule} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300 text-brand-600"
                {...register(`config.rules.${rule}`)}
              />
              {label}
            </label>
          ))}
        </div>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <SelectField
            id="seniority"
            label="Seniority rule"
            error={errors.config?.rules?.seniority?.message}
            {...register("config.rules.seniority")}
          >
            {seniorityRules.map((rule) => (
              <option key={rule} value={rule}>
                {seniorityRuleLabels[rule]}
              </option>
            ))}
          </SelectField>
          <TextField
            id="maxLevelGap"
            label="Peers: largest level difference"
            hint="Used by the peer rule only."
            type="number"
            min={0}
            max={6}
            error={errors.config?.rules?.maxLevelGap?.message}
            {...register("config.rules.maxLevelGap", number)}
          />
          <TextField
            id="maxTimeZoneGapHours"
            label="Largest time-zone gap (hours)"
            hint="Leave empty for no limit."
            type="number"
            min={0}
            max={14}
            error={errors.config?.rules?.maxTimeZoneGapHours?.message}
            {...register("config.rules.maxTimeZoneGapHours", {
              setValueAs: (value: string | number | null) => (value === "" || value === null ? null : Number(value)),
            })}
          />
          <TextField
            id="minimumScore"
            label="Minimum pair score (0 to 1)"
            type="number"
            min={0}
            max={1}
            step={0.05}
            error={errors.config?.minimumScore?.message}
            {...register("config.minimumScore", number)}
          />
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="selfMatchRequestLimit"
          label="Self-match: mentors a mentee may ask"
          type="number"
          min={1}
          max={10}
          error={errors.selfMatchRequestLimit?.message}
          {...register("selfMatchRequestLimit", number)}
        />
        <TextField
          id="selfMatchResponseDays"
          label="Self-match: days a mentor has to answer"
          type="number"
          min={1}
          max={30}
          error={errors.selfMatchResponseDays?.message}
          {...register("selfMatchResponseDays", number)}
        />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
