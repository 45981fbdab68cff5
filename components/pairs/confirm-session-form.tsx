"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
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
  const { result, register, errors, isSubmitting, onSubmit } = useActionForm(
    confirmSessionSchema,
    { sessionId, correction: "", reflection: "" },
    action,
    { reset: { to: "none" } },
  );
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-3 rounded-lg bg-sky-50 p-4 ring-1 ring-sky-200">
      <p className="text-sm font-medium text-sky-900">{partnerName} logged this session. Is it right?</p>
      <TextField
        id={`confirm-${sessionId}-correction`}
        label="Correction (optional, shared with your partner)"
        placeholder="e.g. We met for 45 minutes, not 60."
        error={errors.correction?.message}
        {...register("correction")}
      />
      <TextAreaField
        id={`confirm-${sessionId}-reflection`}
        label="Your private reflection (only you read it)"
        className="min-h-20"
        error={errors.reflection?.message}
        {...register("reflection")}
      />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Confirming…" : "Confirm session"}
      </Button>
    </ActionForm>
  );
}
