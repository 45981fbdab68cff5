"use client";

import type { z } from "zod";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { addCoMentorSchema } from "@/lib/groups/schemas";

type Values = z.input<typeof addCoMentorSchema>;

/** The coordinator picks an approved mentor of the programme as the group's second mentor. */
export function CoMentorForm({
  groupId,
  mentors,
  action,
}: {
  groupId: string;
  mentors: { id: string; name: string }[];
  action: (input: Values) => Promise<ActionResult>;
}) {
  const { register, errors, isSubmitting, result, onSubmit } = useActionForm(
    addCoMentorSchema,
    { groupId, mentorId: "" },
    action,
    { reset: { to: "values" } },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <SelectField id="co-mentor" label="Co-mentor" error={errors.mentorId?.message} {...register("mentorId")}>
        <option value="">Choose a mentor…</option>
        {mentors.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <SubmitButton pending={isSubmitting} variant="secondary" pendingLabel="Adding…">
        Add as co-mentor
      </SubmitButton>
    </form>
  );
}
