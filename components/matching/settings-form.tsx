"use client";

import { fieldsOf, numberBox, useActionForm, type NumberBox, type EditFormProps } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { SaveChangesRow } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField, choicesOf } from "@/components/ui/field";
import { criteria, criterionLabels, seniorityRuleLabels, seniorityRules, weightLevels } from "@/lib/matching/config";
import { matchingModeLabels, matchingModes, matchingSettingsSchema, type MatchingSettings } from "@/lib/matching/schemas";

const preferenceOptions = [
  { value: "different", label: "Prefer different" },
  { value: "same", label: "Prefer the same" },
  { value: "ignore", label: "Ignore" },
];
const weightOptions = weightLevels.map((level) => ({ value: String(level.value), label: level.label }));
const hardRules = [
  ["excludeReportingLine", "Never pair people in the same reporting line"],
  ["requireSharedLanguage", "Require at least one shared language"],
  ["requireReadiness", "Mentor must have completed the readiness checklist"],
] as const;
const number = { valueAsNumber: true } as const;
const levelGap: NumberBox<MatchingSettings> = { name: "config.idealLevelGap", label: "Ideal level gap", min: 0, max: 6 };
const ruleNumbers: NumberBox<MatchingSettings>[] = [
  {
    name: "config.rules.maxLevelGap",
    label: "Peers: largest level difference",
    hint: "Used by the peer rule only.",
    min: 0,
    max: 6,
  },
  {
    name: "config.rules.maxTimeZoneGapHours",
    label: "Largest time-zone gap (hours)",
    hint: "Leave empty for no limit.",
    min: 0,
    max: 14,
    optional: true,
  },
  { name: "config.minimumScore", label: "Minimum pair score (0 to 1)", min: 0, max: 1, step: 0.05 },
];
const selfMatchNumbers: NumberBox<MatchingSettings>[] = [
  { name: "selfMatchRequestLimit", label: "Self-match: mentors a mentee may ask", min: 1, max: 10 },
  { name: "selfMatchResponseDays", label: "Self-match: days a mentor has to answer", min: 1, max: 30 },
];

function Section({ legend, hint, children }: { legend: string; hint: string; children: React.ReactNode }) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <p className="mt-0.5 text-xs text-slate-500">{hint}</p>
      {children}
    </fieldset>
  );
}

export function MatchingSettingsForm({ initial, action }: EditFormProps<MatchingSettings>) {
  const { form, field, isSubmitting, isDirty, result, onSubmit } = useActionForm(matchingSettingsSchema, initial, action, {
    reset: { to: "values" },
  });
  const weight = fieldsOf(form, "weight");

  return (
    <ActionForm onSubmit={onSubmit} result={result}>
      <SelectField label="How pairs are made" options={choicesOf(matchingModes, matchingModeLabels)} {...field("mode")} />

      <Section
        legend="Criteria weights"
        hint="How much each criterion counts in a pair's score. Off leaves it out. Missing data drops a criterion for that pair only."
      >
        <div className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-3">
          {criteria.map((criterion) => (
            <SelectField
              key={criterion}
              label={criterionLabels[criterion]}
              options={weightOptions}
              {...weight(`config.weights.${criterion}`, number)}
            />
          ))}
        </div>
      </Section>

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Department" options={preferenceOptions} {...field("config.departmentPreference")} />
        <SelectField label="Generation (opted-in only)" options={preferenceOptions} {...field("config.generationPreference")} />
        <TextField {...numberBox(field, levelGap)} />
      </div>

      <Section legend="Hard rules" hint="Never traded against score: a pair that breaks one is never proposed.">
        <div className="mt-3 space-y-2">
          {hardRules.map(([rule, label]) => (
            <CheckboxField key={rule} label={label} {...form.register(`config.rules.${rule}`)} />
          ))}
        </div>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Seniority rule"
            options={choicesOf(seniorityRules, seniorityRuleLabels)}
            {...field("config.rules.seniority")}
          />
          {ruleNumbers.map((box) => (
            <TextField key={box.name} {...numberBox(field, box)} />
          ))}
        </div>
      </Section>

      <div className="grid gap-4 sm:grid-cols-2">
        {selfMatchNumbers.map((box) => (
          <TextField key={box.name} {...numberBox(field, box)} />
        ))}
      </div>
      <SaveChangesRow pending={isSubmitting} changed={isDirty}>
        Save settings
      </SaveChangesRow>
    </ActionForm>
  );
}
