"use client";

import { useForm, type FieldErrors, type Resolver } from "react-hook-form";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, RadioScaleField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { surveyLimits } from "@/lib/surveys/schemas";
import { checkSurveyAnswers, type SurveyQuestionShape } from "@/lib/surveys/survey-rules";

type Values = { inviteId: string; answers: Record<string, string | string[]>; shareWithSubject: boolean };

const scaleValues = { SCALE: [1, 2, 3, 4, 5], NPS: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
const scaleEnds = {
  SCALE: { low: "Not at all", high: "Completely" },
  NPS: { low: "Not at all likely", high: "Extremely likely" },
};

/** The same checks the server makes, so a missing answer is pointed out before anything is sent. */
function answersResolver(questions: SurveyQuestionShape[]): Resolver<Values> {
  return async (values) => {
    const { fieldErrors } = checkSurveyAnswers(questions, values.answers);
    const entries = Object.entries(fieldErrors);
    if (entries.length === 0) return { values, errors: {} };
    const answers = Object.fromEntries(
      entries.map(([key, [message]]) => [key.replace(/^answers\./, ""), { type: "validate", message }]),
    );
    return { values: {}, errors: { answers } as FieldErrors<Values> };
  };
}

/** A survey's questions, each drawn for its kind, with its error beside it. */
export function SurveyAnswerForm({
  inviteId,
  questions,
  shareLabel,
  action,
}: {
  inviteId: string;
  questions: SurveyQuestionShape[];
  /** A 360 manager is asked whether the person they rate may see their answers. */
  shareLabel?: string;
  action: (input: Values) => Promise<ActionResult>;
}) {
  const form = useForm<Values>({
    resolver: answersResolver(questions),
    defaultValues: {
      inviteId,
      shareWithSubject: false,
      answers: Object.fromEntries(questions.map((q) => [q.id, q.kind === "MULTIPLE_CHOICE" ? [] : ""])),
    },
  });
  const { register, errors, isSubmitting, result, onSubmit } = useFormAction(form, action, { reset: { to: "none" } });
  return (
    <ActionForm onSubmit={onSubmit} result={result}>
      {questions.map((question, index) => (
        <AnswerField
          key={question.id}
          question={question}
          id={`answer-${index + 1}`}
          label={`${index + 1}. ${question.prompt}${question.required ? "" : " (optional)"}`}
          error={errors.answers?.[question.id]?.message as string | undefined}
          field={register(`answers.${question.id}`)}
        />
      ))}
      {shareLabel && <CheckboxField label={shareLabel} {...register("shareWithSubject")} />}
      <SubmitButton pending={isSubmitting} disabled={result?.ok === true} pendingLabel="Sending…">
        Send my answers
      </SubmitButton>
    </ActionForm>
  );
}

type Registered = ReturnType<ReturnType<typeof useForm<Values>>["register"]>;

/** One question's answer, drawn for its kind. */
function AnswerField({
  question,
  field,
  ...common
}: {
  question: SurveyQuestionShape;
  field: Registered;
  id: string;
  label: string;
  error?: string;
}) {
  switch (question.kind) {
    case "SCALE":
    case "NPS":
      return (
        <RadioScaleField {...common} values={scaleValues[question.kind]} ends={scaleEnds[question.kind]} inputProps={field} />
      );
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return (
        <ChoiceField {...common} options={question.options} multiple={question.kind === "MULTIPLE_CHOICE"} inputProps={field} />
      );
    case "SHORT_TEXT":
      return <TextField {...common} maxLength={surveyLimits.shortText} {...field} />;
    case "LONG_TEXT":
      return <TextAreaField {...common} hint={`Up to ${surveyLimits.longText.toLocaleString("en-GB")} characters.`} {...field} />;
  }
}

function ChoiceField({
  id,
  label,
  options,
  multiple,
  error,
  inputProps,
}: {
  id: string;
  label: string;
  options: string[];
  multiple: boolean;
  error?: string;
  inputProps: Registered;
}) {
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {label}
        {multiple && <span className="font-normal text-slate-500"> Choose all that apply.</span>}
      </legend>
      <div className="space-y-1.5">
        {options.map((option, k) => (
          <label key={option} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type={multiple ? "checkbox" : "radio"}
              id={`${id}-${k}`}
              value={option}
              className={`h-4 w-4 border-slate-300 text-brand-600 ${multiple ? "rounded" : ""}`}
              {...inputProps}
            />
            {option}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
