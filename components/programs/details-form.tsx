"use client";

import { useWatch } from "react-hook-form";
import { numberBox, useActionForm, type NumberBox, type EditFormProps } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { SaveChangesRow } from "@/components/ui/button";
import { CheckboxGroup, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
import { PurposeAndDatesFields } from "@/components/programs/purpose-and-dates-fields";
import { programDetailsSchema, programTypeLabels, programTypes, type ProgramDetailsInput } from "@/lib/programs/schemas";

type Box = NumberBox<ProgramDetailsInput>;

const flashHints = {
  days: "A pair completes when its session is logged, or after this many days if none is.",
  rounds: "A mentee at this limit sits out the matching rounds until the next quarter.",
};

/** A count the programme may leave empty. */
const count = (name: Box["name"], label: string, min: number, hint?: string): Box => ({ name, label, min, hint, optional: true });

/** The number settings only some types of programme have. */
const typeNumbers: Partial<Record<ProgramDetailsInput["type"], Box[]>> = {
  GROUP: [count("maxGroupSize", "Mentees per group", 2)],
  FLASH: [
    count("flashCompleteAfterDays", "Days for each conversation", 1, flashHints.days),
    count("flashRoundsPerQuarter", "Conversations per mentee per quarter", 1, flashHints.rounds),
  ],
};
const targets = [count("targetMentors", "Target number of mentors", 0), count("targetMentees", "Target number of mentees", 0)];

export function ProgramDetailsForm({
  initial,
  departments,
  action,
  disabled,
}: EditFormProps<ProgramDetailsInput> & { departments: { id: string; name: string }[]; disabled: boolean }) {
  const { form, result, field, isSubmitting, isDirty, onSubmit } = useActionForm(programDetailsSchema, initial, action, {
    reset: { to: "values" },
  });
  const type = useWatch({ control: form.control, name: "type" });

  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-5">
      <fieldset disabled={disabled} className="space-y-5">
        <TextField label="Name" {...field("name")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField label="Type" options={choicesOf(programTypes, programTypeLabels)} {...field("type")} />
          {(typeNumbers[type] ?? []).map((box) => (
            <TextField key={box.name} {...numberBox(field, box)} />
          ))}
        </div>
        <PurposeAndDatesFields field={field}>
          {targets.map((box) => (
            <TextField key={box.name} {...numberBox(field, box)} />
          ))}
        </PurposeAndDatesFields>
        <CheckboxGroup
          legend="Who may join"
          hint="Leave every department unticked to open the programme to all of them."
          choices={departments.map((d) => ({ value: d.id, label: d.name }))}
          box="grid gap-1.5 sm:grid-cols-3"
          inputProps={form.register("scopeDepartmentIds")}
        />
        <TextField
          label="Locations"
          hint="Comma-separated, e.g. London, Berlin. Leave empty for everywhere."
          {...field("scopeLocations")}
        />
        <TextField label="Meeting cadence" placeholder="e.g. Every two weeks, at least 45 minutes" {...field("meetingCadence")} />
        <TextAreaField
          label="Code of conduct"
          hint="Everyone who applies reads and accepts this; the time they accept is recorded."
          className="min-h-40"
          {...field("codeOfConduct")}
        />
      </fieldset>
      {!disabled && (
        <SaveChangesRow pending={isSubmitting} changed={isDirty}>
          Save programme
        </SaveChangesRow>
      )}
    </ActionForm>
  );
}
