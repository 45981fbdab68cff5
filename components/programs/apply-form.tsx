"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";
import type { ApplyInput } from "@/lib/programs/enrolment-schemas";

interface Question {
  id: string;
  audience: "MENTOR" | "MENTEE" | "BOTH";
  kind: "SHORT_TEXT" | "LONG_TEXT" | "SINGLE_CHOICE" | "MULTIPLE_CHOICE" | "SCALE";
  prompt: string;
  options: string[];
  required: boolean;
}

interface FormValues {
  role: "MENTOR" | "MENTEE";
  capacity: number;
  answers: Record<string, string | string[] | false>;
  acceptCodeOfConduct: boolean;
}

const controlClass =
  "block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600";

export function ApplyForm({
  slug,
  questions,
  codeOfConduct,
  roles,
  roleLabels,
  action,
}: {
  slug: string;
  questions: Question[];
  codeOfConduct: string;
  roles: ("MENTOR" | "MENTEE")[];
  /** What the programme's type calls each role ("Peer", "Mentor (the junior colleague who teaches)"). */
  roleLabels: Record<"MENTOR" | "MENTEE", string>;
  action: (input: ApplyInput) => Promise<ActionResult>;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const { register, handleSubmit, control, setError, clearErrors, formState } = useForm<FormValues>({
    defaultValues: { role: roles[0] ?? "MENTEE", capacity: 1, answers: {}, acceptCodeOfConduct: false },
  });
  const role = useWatch({ control, name: "role" });
  const visible = questions.filter((q) => q.audience === "BOTH" || q.audience === role);
  const errors = formState.errors;

  async function onSubmit(values: FormValues) {
    clearErrors();
    const answers = Object.fromEntries(
      visible.map((q) => {
        const value = values.answers[q.id];
        return [q.id, Array.isArray(value) ? value : value ? [value] : []];
      }),
    );
    const outcome = await callAction(action, {
      slug,
      role: values.role,
      capacity: Number(values.capacity),
      answers,
      acceptCodeOfConduct: values.acceptCodeOfConduct,
    });
    setResult(outcome);
    if (outcome.ok) {
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {})) {
      setError(field as "role", { message: messages[0] });
    }
  }

  const fieldError = (name: string) =>
    (errors as Record<string, { message?: string } | undefined>)[name]?.message ??
    (errors.answers as Record<string, { message?: string }> | undefined)?.[name.replace("answers.", "")]?.message;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-6">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      {roles.length > 1 && (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">I am applying as</legend>
          <div className="mt-2 flex gap-6 text-sm">
            {roles.map((r) => (
              <label key={r} className="flex items-center gap-2">
                <input type="radio" value={r} className="h-4 w-4 border-slate-300 text-brand-600" {...register("role")} />
                {roleLabels[r]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {role === "MENTOR" && (
        <div className="max-w-xs space-y-1.5">
          <label htmlFor="capacity" className="block text-sm font-medium text-slate-800">
            How many mentees can you take on?
          </label>
          <select id="capacity" className={controlClass} {...register("capacity", { valueAsNumber: true })}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      {visible.map((q) => {
        const id = `q-${q.id}`;
        const error = fieldError(`answers.${q.id}`);
        const described = error ? `${id}-error` : undefined;
        const name = `answers.${q.id}` as const;
        return (
          <fieldset key={q.id} aria-describedby={described}>
            <legend className="text-sm font-medium text-slate-800">
              {q.prompt}{" "}
              {q.required ? (
                <span className="text-red-700">*</span>
              ) : (
                <span className="text-xs font-normal text-slate-500">(optional)</span>
              )}
            </legend>
            <div className="mt-2">
              {q.kind === "SHORT_TEXT" && (
                <input
                  id={id}
                  aria-label={q.prompt}
                  aria-invalid={error ? true : undefined}
                  className={controlClass}
                  {...register(name)}
                />
              )}
              {q.kind === "LONG_TEXT" && (
                <textarea
                  id={id}
                  aria-label={q.prompt}
                  aria-invalid={error ? true : undefined}
                  className={`${controlClass} min-h-24`}
                  {...register(name)}
                />
              )}
              {(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") && (
                <div className="space-y-1.5 text-sm">
                  {q.options.map((option) => (
                    <label key={option} className="flex items-center gap-2">
                      <input
                        type={q.kind === "SINGLE_CHOICE" ? "radio" : "checkbox"}
                        value={option}
                        className="h-4 w-4 border-slate-300 text-brand-600"
                        {...register(name)}
                      />
                      {option}
                    </label>
                  ))}
                </div>
              )}
              {q.kind === "SCALE" && (
                <div className="flex items-center gap-4 text-sm">
                  <span className="text-xs text-slate-500">Not at all</span>
                  {["1", "2", "3", "4", "5"].map((v) => (
                    <label key={v} className="flex flex-col items-center gap-1">
                      <input type="radio" value={v} className="h-4 w-4 border-slate-300 text-brand-600" {...register(name)} />
                      {v}
                    </label>
                  ))}
                  <span className="text-xs text-slate-500">Very much</span>
                </div>
              )}
            </div>
            {error && (
              <p id={`${id}-error`} role="alert" className="mt-1 text-xs font-medium text-red-700">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">Code of conduct</h3>
        <div className="max-h-56 overflow-y-auto rounded-md bg-slate-50 p-4 text-sm whitespace-pre-line text-slate-700 ring-1 ring-slate-200">
          {codeOfConduct}
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="h-4 w-4 rounded border-slate-300 text-brand-600"
            aria-describedby={errors.acceptCodeOfConduct ? "conduct-error" : undefined}
            {...register("acceptCodeOfConduct")}
          />
          I have read the code of conduct and agree to follow it
        </label>
        {errors.acceptCodeOfConduct && (
          <p id="conduct-error" role="alert" className="text-xs font-medium text-red-700">
            {errors.acceptCodeOfConduct.message}
          </p>
        )}
      </div>
      <SubmitButton pending={formState.isSubmitting} pendingLabel="Sending…">
        Send my application
      </SubmitButton>
    </form>
  );
}
