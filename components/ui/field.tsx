import type { FieldsetHTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { cx } from "@/components/ui/cx";

const controlClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 focus:outline-none";
export const checkboxClass = "h-4 w-4 rounded border-slate-300 text-brand-600";

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

/** One choice of a select or a checkbox group. */
export interface Choice {
  value: string;
  label: ReactNode;
}

/** The choices for a list of values and their labels, in the list's order. */
export function choicesOf<Value extends string, Label extends ReactNode>(
  values: readonly Value[],
  labels: Record<Value, Label>,
): { value: Value; label: Label }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/** The hint under a control, or its error in place of the hint, with the ids `aria-describedby` points at. */
export function FieldNote({ id, hint, error, className }: { id?: string; hint?: string; error?: string; className?: string }) {
  if (error)
    return (
      <p id={id && `${id}-error`} role="alert" className={cx("text-xs font-medium text-red-700", className)}>
        {error}
      </p>
    );
  return hint ? (
    <p id={id && `${id}-hint`} className={cx("text-xs text-slate-500", className)}>
      {hint}
    </p>
  ) : null;
}

/** A labelled control with its hint and its error beside it, wired for screen readers. */
function FieldFrame({ id, label, hint, error, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      <FieldNote id={id} hint={hint} error={error} />
    </div>
  );
}

function describedBy({ id, hint, error }: Omit<FieldProps, "label">): string | undefined {
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

/** A labelled select; `options` (after an optional `blank` first choice) or its own `<option>` children. */
export function SelectField({
  id,
  label,
  hint,
  error,
  className,
  options,
  blank,
  children,
  ...input
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options?: Choice[]; blank?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select {...controlProps({ id, label, hint, error }, "pr-8", className)} {...input}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}

/** One checkbox with its label beside it (and what ticking it means, under the label), and its error under it. */
export function CheckboxField({
  label,
  description,
  error,
  className,
  ...input
}: { label: ReactNode; description?: ReactNode; error?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <>
      {description === undefined ? (
        <label className={cx("flex items-center gap-2 text-sm text-slate-800", className)}>
          <input type="checkbox" className={checkboxClass} {...input} />
          {label}
        </label>
      ) : (
        <label className={cx("flex items-start gap-3 text-sm text-slate-800", className)}>
          <input type="checkbox" className={cx("mt-0.5", checkboxClass)} {...input} />
          <span>
            <span className="font-medium">{label}</span>
            <span className="block text-xs text-slate-500">{description}</span>
          </span>
        </label>
      )}
      <FieldNote error={error} />
    </>
  );
}

const groupLayouts = {
  /** Labels in a grid or a wrapping row; the caller gives the layout and the gap. */
  list: { box: "mt-2 text-sm", label: "flex items-center gap-2 text-slate-800", input: checkboxClass },
  /** Each choice a rounded pill, for short names. */
  pills: {
    box: "mt-2 flex flex-wrap gap-2",
    label: "inline-flex items-center gap-2 rounded-full bg-white px-3 py-1.5 text-sm ring-1 ring-slate-200",
    input: "accent-brand-600",
  },
};

/**
 * A question answered by ticking any of several choices: a fieldset whose legend is the question,
 * with a hint under the legend and the error under the choices.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  note,
  error,
  choices,
  layout = "list",
  box,
  inputProps,
  ...fieldset
}: {
  id?: string;
  legend: ReactNode;
  hint?: string;
  /** Said after the choices. */
  note?: string;
  error?: string;
  choices: Choice[];
  layout?: keyof typeof groupLayouts;
  /** Classes for the box that holds the choices (e.g. grid columns). */
  box?: string;
  /** What each checkbox gets: react-hook-form's register() result, or checked/onChange for one value. */
  inputProps: InputHTMLAttributes<HTMLInputElement> | ((value: string) => InputHTMLAttributes<HTMLInputElement>);
} & FieldsetHTMLAttributes<HTMLFieldSetElement>) {
  const style = groupLayouts[layout];
  return (
    <fieldset aria-describedby={error && id ? `${id}-error` : undefined} {...fieldset}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      <div className={cx(style.box, box)}>
        {choices.map((choice) => (
          <label key={choice.value} className={style.label}>
            <input
              type="checkbox"
              value={choice.value}
              className={style.input}
              {...(typeof inputProps === "function" ? inputProps(choice.value) : inputProps)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {note && <p className="mt-1 text-xs text-slate-500">{note}</p>}
      <FieldNote id={id} error={error} className="mt-1" />
    </fieldset>
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
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined} aria-describedby={describedBy({ id, hint, error })}>
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
      <FieldNote id={id} hint={hint} error={error} />
    </fieldset>
  );
}
