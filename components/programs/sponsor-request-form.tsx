"use client";

import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { ActionForm, panelForm } from "@/components/ui/action-form";
import { fieldsOf, useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";

interface Person {
  id: string;
  name: string;
  title: string | null;
}

function People({ label, people }: { label: string; people: Person[] }) {
  return (
    <optgroup label={label}>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.title ? `${person.name}, ${person.title}` : person.name}
        </option>
      ))}
    </optgroup>
  );
}

/** The programme office chooses the sponsor from the directory and asks them to sign off. */
export function SponsorRequestForm({
  programId,
  executives,
  others,
  currentSponsorId,
  action,
}: {
  programId: string;
  executives: Person[];
  others: Person[];
  currentSponsorId: string | null;
  action: (input: { programId: string; sponsorId: string }) => Promise<ActionResult>;
}) {
  const everyone = [...executives, ...others];
  const form = useForm<{ sponsorId: string }>({
    defaultValues: { sponsorId: currentSponsorId ?? everyone[0]?.id ?? "" },
  });
  const { result, submit } = useActionSubmit(form, (values) => action({ programId, sponsorId: values.sponsorId }), {
    reset: { to: "values" },
  });
  const sponsorId = useWatch({ control: form.control, name: "sponsorId" });
  const chosen = everyone.find((person) => person.id === sponsorId);
  const id = useId();
  const { isSubmitting } = form.formState;

  return (
    <ActionForm onSubmit={form.handleSubmit(submit)} result={result} className={panelForm}>
      <SelectField
        label="Sponsor"
        hint="Executives first, then everyone else in the directory. They sign off in Pairwise themselves."
        {...fieldsOf(form, id)("sponsorId")}
      >
        {executives.length > 0 && <People label="Executives" people={executives} />}
        <People label="Everyone else" people={others} />
      </SelectField>
      <SubmitButton pending={isSubmitting} variant="secondary" disabled={!chosen} pendingLabel="Asking…">
        {chosen ? `Ask ${chosen.name} to sign off` : "Choose the sponsor"}
      </SubmitButton>
    </ActionForm>
  );
}
