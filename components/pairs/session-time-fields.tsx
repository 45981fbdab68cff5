"use client";

import { useFormContext } from "react-hook-form";
import { SelectField, TextField } from "@/components/ui/field";
import { sessionFormatLabels, sessionFormats } from "@/lib/sessions/schemas";

/** The fields this group registers, in the form around it (a FormProvider). */
interface SessionTimeValues {
  day: string;
  startTime: string;
  endTime: string;
  format: string;
  place: string;
}

const words = {
  past: { start: "Started", end: "Ended", format: "How you met" },
  future: { start: "Starts", end: "Ends", format: "How you meet" },
} as const;

/**
 * When and how a session happens (or happened): the date and times on the writer's own clock,
 * then the format and where. Shared by logging a session and proposing or moving one.
 */
export function SessionTimeFields({
  prefix,
  tense,
  timeZone,
  place,
}: {
  prefix: string;
  tense: keyof typeof words;
  timeZone: string;
  place: { label: string; placeholder?: string };
}) {
  const {
    register,
    formState: { errors },
  } = useFormContext<SessionTimeValues>();
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${prefix}-day`} type="date" label="Date" error={errors.day?.message} {...register("day")} />
        <TextField
          id={`${prefix}-start`}
          type="time"
          label={words[tense].start}
          hint={timeZone}
          error={errors.startTime?.message}
          {...register("startTime")}
        />
        <TextField
          id={`${prefix}-end`}
          type="time"
          label={words[tense].end}
          error={errors.endTime?.message}
          {...register("endTime")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id={`${prefix}-format`} label={words[tense].format} error={errors.format?.message} {...register("format")}>
          {sessionFormats.map((f) => (
            <option key={f} value={f}>
              {sessionFormatLabels[f]}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <TextField
            id={`${prefix}-place`}
            label={place.label}
            placeholder={place.placeholder}
            error={errors.place?.message}
            {...register("place")}
          />
        </div>
      </div>
    </>
  );
}
