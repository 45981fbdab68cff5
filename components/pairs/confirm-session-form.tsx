"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { confirmSessionSchema } from "@/lib/sessions/schemas";

type Values = z.input<typeof confirmSessionSchema>;

/** The partner confirms a logged session, correcting it if needed, with their own private reflection. */
export function ConfirmSessionForm({
  sessionId,
  partnerName,
  action,
}: {
  sessionId: string;
  partnerName: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  const { result, field, isSubmitting, onSubmit } = useActionForm(
    confirmSessionSchema,
    { sessionId, correction: "", reflection: "" },
    action,
    { reset: { to: "none" }, idPrefix: `confirm-${sessionId}` },
  );
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-3 rounded-lg bg-sky-50 p-4 ring-1 ring-sky-200">
      <p className="text-sm font-medium text-sky-900">{partnerName} logged this session. Is it right?</p>
      <TextField
        label="Correction (optional, shared with your partner)"
        placeholder="e.g. We met for 45 minutes, not 60."
        {...field("correction")}
      />
      <TextAreaField label="Your private reflection (only you read it)" className="min-h-20" {...field("reflection")} />
      <SubmitButton pending={isSubmitting} pendingLabel="Confirming…">
        Confirm session
      </SubmitButton>
    </ActionForm>
  );
}
