"use client";

import { useForm } from "react-hook-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-action-submit";
import { deliveryLabels, deliveryOptions } from "@/lib/notifications/schemas";
import { savePreferencesAction } from "@/app/(app)/me/inbox/actions";

interface Preference {
  kind: string;
  label: string;
  canTurnOff: boolean;
  delivery: (typeof deliveryOptions)[number];
}

export function PreferencesForm({ preferences }: { preferences: Preference[] }) {
  const changeable = preferences.filter((p) => p.canTurnOff);
  const fixed = preferences.filter((p) => !p.canTurnOff);
  const form = useForm<Record<string, string>>({
    defaultValues: Object.fromEntries(changeable.map((p) => [p.kind, p.delivery])),
  });
  const { register, errors, isSubmitting, result, onSubmit } = useFormAction(form, savePreferencesAction, {
    reset: { to: "values" },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2">
        {changeable.map((p) => (
          <SelectField
            key={p.kind}
            id={`delivery-${p.kind}`}
            label={p.label}
            error={errors[p.kind]?.message}
            {...register(p.kind)}
          >
            {deliveryOptions
              .filter((option) => !(p.kind === "WEEKLY_DIGEST" && option === "WEEKLY_DIGEST"))
              .map((option) => (
                <option key={option} value={option}>
                  {deliveryLabels[option]}
                </option>
              ))}
          </SelectField>
        ))}
      </div>
      <div className="text-sm text-slate-600">
        <p className="font-medium text-slate-800">Always e-mailed at once, so that you never miss them:</p>
        <ul className="mt-1 list-disc pl-5">
          {fixed.map((p) => (
            <li key={p.kind}>{p.label}</li>
          ))}
        </ul>
      </div>
      <SubmitButton pending={isSubmitting}>Save e-mail choices</SubmitButton>
    </form>
  );
}
