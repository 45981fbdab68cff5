"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { agreementTermKeys, agreementTermLabels, type AgreementTerms } from "@/lib/pairs/agreement-terms";
import { agreementTermsSchema } from "@/lib/pairs/schemas";

type Values = z.input<typeof agreementTermsSchema> & {
  matchId?: string;
  groupId?: string;
  programId?: string;
  version?: number;
};

/**
 * The agreement's terms: a pair or group edits its own (a new version everyone signs again), a
 * coordinator the programme's template that new agreements start from.
 */
export function AgreementForm({
  ids,
  terms,
  submitLabel,
  hint,
  action,
}: {
  ids: { matchId: string; version: number } | { groupId: string; version: number } | { programId: string };
  terms: AgreementTerms;
  submitLabel: string;
  hint?: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  const form = useForm<Values, unknown, z.output<typeof agreementTermsSchema>>({
    resolver: zodResolver(agreementTermsSchema),
    defaultValues: { ...ids, ...terms },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "values" } });
  const prefix = "matchId" in ids ? "agreement" : "template";
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-4">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      {agreementTermKeys.map((key) => (
        <TextAreaField
          key={key}
          id={`${prefix}-${key}`}
          label={agreementTermLabels[key]}
          className="min-h-20"
          error={errors[key]?.message}
          {...register(key)}
        />
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
