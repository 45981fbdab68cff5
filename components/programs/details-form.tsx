"use client";

import { useWatch } from "react-hook-form";
import { optionalNumber, useActionForm } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { programDetailsSchema, programTypeLabels, programTypes, type ProgramDetailsInput } from "@/lib/programs/schemas";

export function ProgramDetailsForm({
  initial,
  departments,
  action,
  disabled,
}: {
  initial: ProgramDetailsInput;
  departments: { id: string; name: string }[];
  action: (input: ProgramDetailsInput) => Promise<ActionResult>;
  disabled: boolean;
}) {
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
          {type === "GROUP" && (
            <TextField label="Mentees per group" type="number" min={2} {...field("maxGroupSize", optionalNumber)} />
          )}
          {type === "FLASH" && (
            <>
              <TextField
                label="Days for each conversation"
                hint="A pair completes when its session is logged, or after this many days if none is."
                type="number"
                min={1}
                {...field("flashCompleteAfterDays", optionalNumber)}
              />
              <TextField
                label="Conversations per mentee per quarter"
                hint="A mentee at this limit sits out the matching rounds until the next quarter."
                type="number"
                min={1}
                {...field("flashRoundsPerQuarter", optionalNumber)}
              />
            </>
          )}
        </div>
        <TextAreaField
          label="Purpose and value proposition"
          hint="Why the programme exists, and what participants and the organisation gain."
          {...field("purpose")}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField type="date" label="Start date" {...field("startDate")} />
          <TextField type="date" label="End date" {...field("endDate")} />
          <TextField type="number" min={0} label="Target number of mentors" {...field("targetMentors", optionalNumber)} />
          <TextField type="number" min={0} label="Target number of mentees" {...field("targetMentees", optionalNumber)} />
        </div>
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
        <div className="flex justify-end">
          <Button type="submit" disabled={isSubmitting || !isDirty}>
            {isSubmitting ? "Saving…" : "Save programme"}
          </Button>
        </div>
      )}
    </ActionForm>
  );
}
