"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { DefaultValues, FieldValues, Path, UseFormGetValues, UseFormReset, UseFormSetError } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";

interface Options<Values, Output> {
  /** After success: clear the form to `empty`, keep what was typed as the new baseline, or leave it. */
  reset: { to: "empty"; empty: Values } | { to: "values" } | { to: "none" };
  onSuccess?: (result: ActionResult<Output> & { ok: true }) => void;
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
  const { result, submit } = useActionSubmit(form, action, options);
  return {
    form,
    result,
    register: form.register,
    errors: form.formState.errors,
    isSubmitting: form.formState.isSubmitting,
    onSubmit: form.handleSubmit(submit),
  };
}
