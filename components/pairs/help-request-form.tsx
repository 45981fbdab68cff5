"use client";

import type { z } from "zod";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { helpRequestSchema } from "@/lib/sessions/schemas";

type Values = z.input<typeof helpRequestSchema>;

export function HelpRequestForm({
  matchId,
  sessionId,
  action,
}: {
  matchId: string;
  sessionId?: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  const empty = { matchId, ...(sessionId ? { sessionId } : {}), message: "" };
  const { result, field, isSubmitting, onSubmit } = useActionForm(helpRequestSchema, empty, action, {
    reset: { to: "empty", empty },
  });
  const id = `help-${sessionId ?? matchId}`;
  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-3">
      <TextAreaField
        label="What would help?"
        hint="Goes to your programme coordinators in confidence. Your partner does not see it, and none of your notes are attached."
        className="min-h-20"
        {...field("message")}
        id={id}
      />
      <SubmitButton pending={isSubmitting} variant="secondary" pendingLabel="Sending…">
        Ask the programme office for help
      </SubmitButton>
    </ActionForm>
  );
}
