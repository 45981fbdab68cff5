"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useActionForm, type EditFormProps } from "@/components/ui/use-action-submit";
import { organizationSettingsSchema, type OrganizationSettingsInput } from "@/lib/organization/schemas";

export function OrganizationSettingsForm({
  initial,
  currencies,
  action,
}: EditFormProps<OrganizationSettingsInput> & {
  /** Built on the server: currency names differ between a browser's Intl data and the server's. */
  currencies: { value: string; label: string }[];
}) {
  const { result, field, isSubmitting, isDirty, onSubmit } = useActionForm(organizationSettingsSchema, initial, action, {
    reset: { to: "values" },
  });
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="max-w-md space-y-4">
      <SelectField
        label="Currency"
        hint="Budget lines, salaries and ROI figures are entered and shown in it. Amounts are not converted."
        options={currencies}
        {...field("currency")}
      />
      <SubmitButton pending={isSubmitting} disabled={!isDirty}>
        Save settings
      </SubmitButton>
    </ActionForm>
  );
}
