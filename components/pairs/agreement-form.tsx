"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
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
  const { result, register, errors, isSubmitting, onSubmit } = useActionForm(agreementTermsSchema, { ...ids, ...terms }, action, {
    reset: { to: "values" },
  });
  const prefix = "matchId" in ids ? "agreement" : "template";
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-4">
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
      <SubmitButton pending={isSubmitting}>{submitLabel}</SubmitButton>
    </ActionForm>
  );
}
