"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import {
  organizationSettingsSchema,
  type OrganizationSettings,
  type OrganizationSettingsInput,
} from "@/lib/organization/schemas";

export function OrganizationSettingsForm({
  initial,
  currencies,
  action,
}: {
  initial: OrganizationSettingsInput;
  /** Built on the server: currency names differ between a browser's Intl data and the server's. */
  currencies: { value: string; label: string }[];
  action: (input: OrganizationSettingsInput) => Promise<ActionResult>;
}) {
  const form = useForm<OrganizationSettingsInput, unknown, OrganizationSettings>({
    resolver: zodResolver(organizationSettingsSchema),
    defaultValues: initial,
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "values" } });
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="max-w-md space-y-4">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <SelectField
        id="currency"
        label="Currency"
        hint="Budget lines, salaries and ROI figures are entered and shown in it. Amounts are not converted."
        error={errors.currency?.message}
        {...register("currency")}
      >
        {currencies.map((currency) => (
          <option key={currency.value} value={currency.value}>
            {currency.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
