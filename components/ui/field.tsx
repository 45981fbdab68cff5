import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

const controlClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 focus:outline-none";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled control with its hint and its error beside it, wired for screen readers. */
function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy({ id, hint, error }: FieldProps): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}

/** What every control shares: its id, its error state and description, its ring. */
function controlProps(field: FieldProps, ...classes: (string | undefined)[]) {
  return {
    id: field.id,
    "aria-invalid": field.error ? true : undefined,
    "aria-describedby": describedBy(field),
    className: cx(controlClass, field.error ? "ring-red-400" : "ring-slate-300", ...classes),
  };
}

export function TextField({ id, label, hint, error, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input {...controlProps({ id, label, hint, error }, className)} {...input} />
    </FieldFrame>
  );
}

export function TextAreaField({
  id,
  label,
  hint,
  error,
  className,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea {...controlProps({ id, label, hint, error }, "min-h-28", className)} {...input} />
    </FieldFrame>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  className,
  children,
  ...input
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select {...controlProps({ id, label, hint, error }, "pr-8", className)} {...input}>
        {children}
      </select>
    </FieldFrame>
  );
}

/**
 * A question answered by choosing one of a row of values (a 1–5 scale, 0–10): a fieldset whose
 * legend is the question, with the meaning of both ends and the error beside it.
 */
export function RadioScaleField({
  id,
  label,
  hint,
  error,
  values,
  ends,
  inputProps,
}: FieldProps & {
  values: number[];
  ends: { low: string; high: string };
  /** What react-hook-form's register() returns for this field. */
  inputProps: InputHTMLAttributes<HTMLInputElement>;
}) {
  return (
    <fieldset
      className="space-y-2"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy({ id, label, hint, error })}
    >
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      {/* The ends sit under the scale, so on a phone the choices wrap without stranding a label. */}
      <div className="inline-flex max-w-full flex-col gap-1">
        <div className="flex flex-wrap gap-1.5 text-sm">
          {values.map((value) => (
            <label
              key={value}
              className="flex min-w-11 cursor-pointer flex-col items-center gap-1 rounded-md px-1.5 py-1 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
            >
              <input
                type="radio"
                value={value}
                id={`${id}-${value}`}
                className="h-4 w-4 border-slate-300 text-brand-600"
                {...inputProps}
              />
              <span className="text-slate-800">{value}</span>
            </label>
          ))}
        </div>
        <div className="flex justify-between gap-4 text-xs text-slate-500">
          <span>{ends.low}</span>
          <span>{ends.high}</span>
        </div>
      </div>
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
