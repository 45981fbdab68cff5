"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { get, useForm } from "react-hook-form";
import type {
  DefaultValues,
  FieldErrors,
  FieldValues,
  Path,
  RegisterOptions,
  UseFormGetValues,
  UseFormRegister,
  UseFormReset,
  UseFormReturn,
  UseFormSetError,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

/** The props of a form that edits saved values: what is saved now, and the server action that saves a change. */
export interface EditFormProps<Values, Output = unknown> {
  initial: Values;
  action: (input: Values) => Promise<ActionResult<Output>>;
}

interface Options<Values, Output> {
  /** After success: clear the form to `empty`, keep what was typed as the new baseline, or leave it. */
  reset: { to: "empty"; empty: Values } | { to: "values" } | { to: "none" };
  onSuccess?: (result: ActionResult<Output> & { ok: true }) => void;
  /** Where the fields' ids start (`goal` gives `goal-title`), so two forms on one page never share an id. */
  idPrefix?: string;
}

/** An empty number box is "no value" (null), not zero. */
export const optionalNumber = {
  setValueAs: (value: string | number | null) => (value === "" || value === null ? null : Number(value)),
} as const;

/**
 * Binds a react-hook-form field to a `TextField`, `SelectField` or `TextAreaField`: its id, its
 * registration and its error, in one spread.
 */
export function fieldsOf<Values extends FieldValues>(
  form: { register: UseFormRegister<Values>; formState: { errors: FieldErrors<Values> } },
  idPrefix?: string,
) {
  return (name: Path<Values>, options?: RegisterOptions<Values, Path<Values>>) => {
    // "config.rules.seniority" is the box with id "seniority".
    const last = name.slice(name.lastIndexOf(".") + 1);
    return {
      id: idPrefix ? `${idPrefix}-${last}` : last,
      error: (get(form.formState.errors, name) as { message?: string } | undefined)?.message,
      ...form.register(name, options),
    };
  };
}

/** A number box described as data, so a form's number settings read as a list. */
export interface NumberBox<Values extends FieldValues> {
  name: Path<Values>;
  label: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Empty means "no value" (null) rather than a number. */
  optional?: boolean;
}

/** The props of a `TextField` for one number box, bound through `fieldsOf`. */
export function numberBox<Values extends FieldValues>(
  field: ReturnType<typeof fieldsOf<Values>>,
  { name, optional, ...box }: NumberBox<Values>,
) {
  return { type: "number", ...box, ...field(name, optional ? optionalNumber : { valueAsNumber: true }) };
}

/**
 * The one way a react-hook-form form calls its server action: send the fields as typed (the server
 * parses the same schema), show the result, refresh the page's data, and put each server-side
 * error beside its field.
 */
export function useActionSubmit<Values extends FieldValues, Output>(
  form: { getValues: UseFormGetValues<Values>; setError: UseFormSetError<Values>; reset: UseFormReset<Values> },
  action: (input: Values) => Promise<ActionResult<Output>>,
  options: Options<Values, Output>,
) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<Output> | null>(null);

  async function submit() {
    const values = form.getValues();
    // A network failure or a server that did not answer: say so and keep what was typed.
    const outcome = await callAction(action, values);
    setResult(outcome);
    if (outcome.ok) {
      if (options.reset.to === "empty") form.reset(options.reset.empty);
      if (options.reset.to === "values") form.reset(values);
      router.refresh();
      options.onSuccess?.(outcome);
      return;
    }
    for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {})) {
      form.setError(field as Path<Values>, { message: messages[0] });
      // "availability.3" belongs to the availability field as a whole.
      const list = field.replace(/\.\d+$/, "");
      if (list !== field) form.setError(list as Path<Values>, { message: messages[0] });
    }
  }

  return { result, submit };
}

/**
 * A react-hook-form form on a shared zod schema, wired to its server action through
 * `useActionSubmit`: what most forms need, in one call.
 */
export function useActionForm<Input extends FieldValues, Output, Result = unknown>(
  schema: z.ZodType<Output, Input>,
  defaultValues: DefaultValues<Input>,
  action: (input: Input) => Promise<ActionResult<Result>>,
  options: Options<Input, Result>,
) {
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues });
  return useFormAction(form, action, options);
}

/**
 * The same for a form that needs its own `useForm` (a resolver that depends on its props, or
 * one of two schemas): its fields, state and submit handler, bound to the action.
 */
export function useFormAction<Input extends FieldValues, Output, Result = unknown>(
  form: UseFormReturn<Input, unknown, Output>,
  action: (input: Input) => Promise<ActionResult<Result>>,
  options: Options<Input, Result>,
) {
  const { result, submit } = useActionSubmit(form, action, options);
  return {
    form,
    result,
    register: form.register,
    field: fieldsOf(form, options.idPrefix),
    errors: form.formState.errors,
    isSubmitting: form.formState.isSubmitting,
    isDirty: form.formState.isDirty,
    onSubmit: form.handleSubmit(submit),
  };
}

/**
 * The one way a component that keeps its own state (ticked rows, a search box) calls an action:
 * pending while it runs, the result to show, and on success the caller's clean-up and a refresh.
 */
export function useActionCall<Output = unknown>() {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<Output> | null>(null);
  const [pending, startTransition] = useTransition();

  function run(call: () => Promise<ActionResult<Output>>, onSuccess?: () => void) {
    startTransition(async () => {
      // A network failure or a server that did not answer: say so and keep what was typed.
      const outcome = await callAction(call, undefined);
      setResult(outcome);
      if (!outcome.ok) return;
      onSuccess?.();
      router.refresh();
    });
  }

  /** A form's submit handler that runs the call instead of letting the browser post the form. */
  function submitWith(call: () => Promise<ActionResult<Output>>, onSuccess?: () => void) {
    return (event: FormEvent) => {
      event.preventDefault();
      run(call, onSuccess);
    };
  }

  return { result, pending, run, submitWith };
}
