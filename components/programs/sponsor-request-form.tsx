"use client";

import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";

interface Person {
  id: string;
  name: string;
  title: string | null;
}

const optionLabel = (person: Person) => (person.title ? `${person.name}, ${person.title}` : person.name);

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
  const { isSubmitting, errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit(submit)} noValidate className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <SelectField
        id={`${id}-sponsorId`}
        label="Sponsor"
        hint="Executives first, then everyone else in the directory. They sign off in Pairwise themselves."
        error={errors.sponsorId?.message}
        {...form.register("sponsorId")}
      >
        {executives.length > 0 && (
          <optgroup label="Executives">
            {executives.map((person) => (
              <option key={person.id} value={person.id}>
                {optionLabel(person)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Everyone else">
          {others.map((person) => (
            <option key={person.id} value={person.id}>
              {optionLabel(person)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !chosen}>
        {isSubmitting ? "Asking…" : chosen ? `Ask ${chosen.name} to sign off` : "Choose the sponsor"}
      </Button>
    </form>
  );
}
