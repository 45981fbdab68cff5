"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
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
  const form = useForm<Values, unknown, z.output<typeof helpRequestSchema>>({
    resolver: zodResolver(helpRequestSchema),
    defaultValues: empty,
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "empty", empty } });
  const id = `help-${sessionId ?? matchId}`;
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-3">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <TextAreaField
        id={id}
        label="What would help?"
        hint="Goes to your programme coordinators in confidence. Your partner does not see it, and none of your notes are attached."
        className="min-h-20"
        error={errors.message?.message}
        {...register("message")}
      />
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Sending…" : "Ask the programme office for help"}
      </Button>
    </form>
  );
}
