"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import {
  questionAudienceLabels,
  questionAudiences,
  questionKindLabels,
  questionKinds,
  questionSchema,
  type QuestionInput,
} from "@/lib/programs/schemas";

export function QuestionForm({
  programId,
  action,
}: {
  programId: string;
  action: (input: QuestionInput) => Promise<ActionResult>;
}) {
  const empty: QuestionInput = {
    programId,
    prompt: "",
    kind: "SINGLE_CHOICE",
    audience: "BOTH",
    options: "",
    required: true,
    useForMatching: false,
  };
  const form = useForm<QuestionInput, unknown, z.output<typeof questionSchema>>({
    resolver: zodResolver(questionSchema),
    defaultValues: empty,
  });
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, { reset: { to: "empty", empty } });
  const kind = useWatch({ control, name: "kind" });
  const choice = kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE";

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-4 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <TextField
        id="question-prompt"
        label="Question"
        placeholder="e.g. Which area do you most want to grow in?"
        error={errors.prompt?.message}
        {...register("prompt")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="question-kind" label="Answer type" error={errors.kind?.message} {...register("kind")}>
          {questionKinds.map((k) => (
            <option key={k} value={k}>
              {questionKindLabels[k]}
            </option>
          ))}
        </SelectField>
        <SelectField id="question-audience" label="Asked of" error={errors.audience?.message} {...register("audience")}>
          {questionAudiences.map((a) => (
            <option key={a} value={a}>
              {questionAudienceLabels[a]}
            </option>
          ))}
        </SelectField>
      </div>
      {choice && (
        <TextAreaField
          id="question-options"
          label="Options"
          hint="One per line."
          className="min-h-24"
          error={errors.options?.message}
          {...register("options")}
        />
      )}
      <div className="flex flex-wrap gap-6 text-sm text-slate-800">
        <label className="flex items-center gap-2">
          <input type="checkbox" className="h-4 w-4 rounded border-slate-300 text-brand-600" {...register("required")} />
          Required
        </label>
        {choice && (
          <label className="flex items-center gap-2">
            <input type="checkbox" className="h-4 w-4 rounded border-slate-300 text-brand-600" {...register("useForMatching")} />
            Use as a matching criterion (mentor and mentee who answer alike score higher)
          </label>
        )}
      </div>
      {errors.useForMatching && (
        <p role="alert" className="text-xs font-medium text-red-700">
          {errors.useForMatching.message}
        </p>
      )}
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add question"}
      </Button>
    </form>
  );
}
