import type { UseFormRegisterReturn } from "react-hook-form";
import { SelectField, TextField } from "@/components/ui/field";
import { sessionFormatLabels, sessionFormats } from "@/lib/sessions/schemas";

type Registered = UseFormRegisterReturn & { error?: string };

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
  fields,
}: {
  prefix: string;
  tense: keyof typeof words;
  timeZone: string;
  place: { label: string; placeholder?: string };
  fields: Record<"day" | "startTime" | "endTime" | "format" | "place", Registered>;
}) {
  const { error: dayError, ...day } = fields.day;
  const { error: startError, ...start } = fields.startTime;
  const { error: endError, ...end } = fields.endTime;
  const { error: formatError, ...format } = fields.format;
  const { error: placeError, ...where } = fields.place;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField id={`${prefix}-day`} type="date" label="Date" error={dayError} {...day} />
        <TextField
          id={`${prefix}-start`}
          type="time"
          label={words[tense].start}
          hint={timeZone}
          error={startError}
          {...start}
        />
        <TextField id={`${prefix}-end`} type="time" label={words[tense].end} error={endError} {...end} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField id={`${prefix}-format`} label={words[tense].format} error={formatError} {...format}>
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
            error={placeError}
            {...where}
          />
        </div>
      </div>
    </>
  );
}
