"use client";

import { useId } from "react";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import { panelForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";

export interface InlineField {
  name: string;
  label: string;
  type?: "text" | "date" | "textarea" | "select";
  options?: { value: string; label: string }[];
  placeholder?: string;
  hint?: string;
  wide?: boolean;
}

/**
 * A small form for one list or settings block: fixed fields, posted to one server action that
 * validates with its zod schema and returns errors per field, shown beside each field.
 */
export function InlineForm({
  fields,
  fixed,
  initial,
  submitLabel,
  resetOnSuccess = true,
  submitVariant = "secondary",
  action,
}: {
  fields: InlineField[];
  fixed: Record<string, string>;
  initial?: Record<string, string>;
  submitLabel: string;
  resetOnSuccess?: boolean;
  /** Primary where this form is the page's main action; secondary beside other content. */
  submitVariant?: "primary" | "secondary";
  action: (input: Record<string, string>) => Promise<ActionResult>;
}) {
  const empty = Object.fromEntries(
    fields.map((f) => [f.name, initial?.[f.name] ?? (f.type === "select" ? (f.options?.[0]?.value ?? "") : "")]),
  );
  const form = useForm<Record<string, string>>({ defaultValues: empty });
  const { register, handleSubmit, formState } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, (values) => action({ ...values, ...fixed }), {
    reset: resetOnSuccess ? { to: "empty", empty } : { to: "values" },
  });
  // Unique per form: a page often holds the same form once per row (one per queue item).
  const prefix = useId();

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className={panelForm}>
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => {
          const id = `${prefix}-${field.name}`;
          const error = formState.errors[field.name]?.message;
          const common = { id, label: field.label, hint: field.hint, error, ...register(field.name) };
          return (
            <div key={field.name} className={field.wide || field.type === "textarea" ? "sm:col-span-2" : undefined}>
              {field.type === "textarea" ? (
                <TextAreaField {...common} placeholder={field.placeholder} />
              ) : field.type === "select" ? (
                <SelectField {...common}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <TextField {...common} type={field.type === "date" ? "date" : "text"} placeholder={field.placeholder} />
              )}
            </div>
          );
        })}
      </div>
      <SubmitButton pending={formState.isSubmitting} variant={submitVariant}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
