"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import {
  programDetailsSchema,
  programTypeLabels,
  programTypes,
  type ProgramDetails,
  type ProgramDetailsInput,
} from "@/lib/programs/schemas";

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
  const form = useForm<ProgramDetailsInput, unknown, ProgramDetails>({
    resolver: zodResolver(programDetailsSchema),
    defaultValues: initial,
  });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, { reset: { to: "values" } });
  const type = useWatch({ control, name: "type" });
  const count = { setValueAs: (v: string | number | null) => (v === "" || v === null ? null : Number(v)) } as const;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <fieldset disabled={disabled} className="space-y-5">
        <TextField id="name" label="Name" error={errors.name?.message} {...register("name")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField id="type" label="Type" error={errors.type?.message} {...register("type")}>
            {programTypes.map((t) => (
              <option key={t} value={t}>
                {programTypeLabels[t]}
              </option>
            ))}
          </SelectField>
          {type === "GROUP" && (
            <TextField
              id="maxGroupSize"
              label="Mentees per group"
              type="number"
              min={2}
              error={errors.maxGroupSize?.message}
              {...register("maxGroupSize", count)}
            />
          )}
          {type === "FLASH" && (
            <>
              <TextField
                id="flashCompleteAfterDays"
                label="Days for each conversation"
                hint="A pair completes when its session is logged, or after this many days if none is."
                type="number"
                min={1}
                error={errors.flashCompleteAfterDays?.message}
                {...register("flashCompleteAfterDays", count)}
              />
              <TextField
                id="flashRoundsPerQuarter"
                label="Conversations per mentee per quarter"
                hint="A mentee at this limit sits out the matching rounds until the next quarter."
                type="number"
                min={1}
                error={errors.flashRoundsPerQuarter?.message}
                {...register("flashRoundsPerQuarter", count)}
              />
            </>
          )}
        </div>
        <TextAreaField
          id="purpose"
          label="Purpose and value proposition"
          hint="Why the programme exists, and what participants and the organisation gain."
          error={errors.purpose?.message}
          {...register("purpose")}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField id="startDate" type="date" label="Start date" error={errors.startDate?.message} {...register("startDate")} />
          <TextField id="endDate" type="date" label="End date" error={errors.endDate?.message} {...register("endDate")} />
          <TextField
            id="targetMentors"
            type="number"
            min={0}
            label="Target number of mentors"
            error={errors.targetMentors?.message}
            {...register("targetMentors", count)}
          />
          <TextField
            id="targetMentees"
            type="number"
            min={0}
            label="Target number of mentees"
            error={errors.targetMentees?.message}
            {...register("targetMentees", count)}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Who may join</legend>
          <p className="text-xs text-slate-500">Leave every department unticked to open the programme to all of them.</p>
          <div className="mt-2 grid gap-1.5 text-sm sm:grid-cols-3">
            {departments.map((d) => (
              <label key={d.id} className="flex items-center gap-2 text-slate-800">
                <input
                  type="checkbox"
                  value={d.id}
                  className="h-4 w-4 rounded border-slate-300 text-brand-600"
                  {...register("scopeDepartmentIds")}
                />
                {d.name}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          id="scopeLocations"
          label="Locations"
          hint="Comma-separated, e.g. London, Berlin. Leave empty for everywhere."
          error={errors.scopeLocations?.message}
          {...register("scopeLocations")}
        />
        <TextField
          id="meetingCadence"
          label="Meeting cadence"
          placeholder="e.g. Every two weeks, at least 45 minutes"
          error={errors.meetingCadence?.message}
          {...register("meetingCadence")}
        />
        <TextAreaField
          id="codeOfConduct"
          label="Code of conduct"
          hint="Everyone who applies reads and accepts this; the time they accept is recorded."
          className="min-h-40"
          error={errors.codeOfConduct?.message}
          {...register("codeOfConduct")}
        />
      </fieldset>
      {!disabled && (
        <div className="flex justify-end">
          <Button type="submit" disabled={isSubmitting || !isDirty}>
            {isSubmitting ? "Saving…" : "Save programme"}
          </Button>
        </div>
      )}
    </form>
  );
}
