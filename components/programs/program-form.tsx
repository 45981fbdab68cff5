"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { Button, SubmitButton } from "@/components/ui/button";
import { SelectField, TextField, choicesOf } from "@/components/ui/field";
import { PurposeAndDatesFields } from "@/components/programs/purpose-and-dates-fields";
import type { ActionResult } from "@/lib/action-result";
import { programCreateSchema, programTypeLabels, programTypes, type ProgramCreateInput } from "@/lib/programs/schemas";

const empty: ProgramCreateInput = { name: "", type: "ONE_TO_ONE", purpose: "", startDate: "", endDate: "" };

export function ProgramForm({ action }: { action: (input: ProgramCreateInput) => Promise<ActionResult> }) {
  const router = useRouter();
  const { result, field, isSubmitting, onSubmit } = useActionForm(programCreateSchema, empty, action, {
    reset: { to: "none" },
    onSuccess: () => router.push("/programs"),
  });

  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-5" errorsOnly>
      <TextField label="Name" placeholder="e.g. Women in Engineering 2027" {...field("name")} />
      <SelectField
        label="Type"
        hint="Group programmes pair one mentor with several mentees; flash programmes are one-off conversations."
        options={choicesOf(programTypes, programTypeLabels)}
        {...field("type")}
      />
      <PurposeAndDatesFields field={field} />
      <div className="flex justify-end gap-3">
        <Button variant="secondary" onClick={() => router.push("/programs")}>
          Cancel
        </Button>
        <SubmitButton pending={isSubmitting} pendingLabel="Creating…">
          Create draft
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
