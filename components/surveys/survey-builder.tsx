"use client";

import type { ComponentProps } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { Button, SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { fieldsOf, useActionSubmit, type EditFormProps } from "@/components/ui/use-action-submit";
import { utcDay } from "@/lib/dates";
import {
  saveSurveySchema,
  surveyAudienceLabels,
  surveyAudiences,
  surveyLimits,
  surveyQuestionKindLabels,
  surveyQuestionKinds,
  surveyTriggerLabels,
  surveyTriggers,
  type SaveSurveyFormValues,
  type SaveSurveyInput,
} from "@/lib/surveys/schemas";
import { describeSchedule } from "@/lib/surveys/survey-rules";

type Saved = { id: string; launched: boolean; invited: number };

const newQuestion = { kind: "SCALE", prompt: "", required: true, optionsText: "" } as const;

/**
 * The survey builder: what it asks, who, when and whether it is anonymous. "Save draft" keeps it
 * to finish later; "Save and start sending" checks the schedule and starts asking people.
 */
export function SurveyBuilder({ initial, action }: EditFormProps<SaveSurveyFormValues, Saved>) {
  const router = useRouter();
  const form = useForm<SaveSurveyFormValues, unknown, SaveSurveyInput>({
    resolver: zodResolver(saveSurveySchema),
    defaultValues: initial,
  });
  const {
    register,
    control,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = form;
  const questions = useFieldArray({ control, name: "questions" });
  const { result, submit } = useActionSubmit(form, action, {
    reset: { to: "values" },
    onSuccess: (outcome) => {
      if (!initial.surveyId && outcome.data) router.push(`/programs/${initial.programId}/surveys/${outcome.data.id}`);
    },
  });
  const field = fieldsOf(form, "survey");
  const trigger = useWatch({ control, name: "trigger" });
  const offsetDays = Number(useWatch({ control, name: "offsetDays" }));
  const sendOn = useWatch({ control, name: "sendOn" }) ?? "";
  const schedulePreview =
    trigger === "ON_DATE"
      ? sendOn
        ? describeSchedule({ trigger, offsetDays: 0, sendOn: utcDay(sendOn) })
        : "Choose the day"
      : describeSchedule({ trigger, offsetDays: Number.isInteger(offsetDays) ? offsetDays : 0, sendOn: null });
  const questionErrors = errors.questions as
    (FieldErrors<SaveSurveyFormValues>["questions"] & { root?: { message?: string } }) | undefined;
  const listError = questionErrors?.message ?? questionErrors?.root?.message;

  return (
    <form
      noValidate
      className="space-y-8"
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        setValue("launch", submitter?.getAttribute("value") === "launch");
        void handleSubmit(submit)(event);
      }}
    >
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">About the survey</legend>
        <TextField
          label="Title"
          hint="People see it in their inbox and at the top of the form."
          maxLength={surveyLimits.title}
          {...field("title")}
        />
        <TextAreaField
          label="Introduction (optional)"
          hint="Why you ask and how long it takes."
          className="min-h-20"
          {...field("intro")}
        />
        <CheckboxField
          label="Anonymous"
          description="Answers are stored without names and shown only in totals of groups of five. Untick it to see each person’s answers with their name; the form tells them so."
          {...register("anonymous")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Who and when</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Ask" options={choicesOf(surveyAudiences, surveyAudienceLabels)} {...field("audience")} />
          <SelectField label="Send" options={choicesOf(surveyTriggers, surveyTriggerLabels)} {...field("trigger")} />
          {trigger === "ON_DATE" ? (
            <TextField label="Send on" type="date" {...field("sendOn")} id="survey-send-on" />
          ) : (
            <DaysField
              label="Number of days"
              hint="A negative number sends it before the event."
              {...field("offsetDays")}
              id="survey-offset"
            />
          )}
          <DaysField
            label="Days to answer"
            hint="Everyone who has not answered gets one reminder three days before the end."
            {...field("openDays")}
            id="survey-open-days"
          />
        </div>
        <p className="text-sm text-slate-700" data-testid="schedule-preview">
          <span className="font-medium text-slate-900">Sent: </span>
          {schedulePreview}
          {trigger === "PAIR_START" && ", to each pair on its own day"}
        </p>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold text-slate-900">Questions</legend>
        {listError && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {listError}
          </p>
        )}
        <ol className="space-y-4">
          {questions.fields.map((field, index) => (
            <QuestionEditor
              key={field.id}
              index={index}
              count={questions.fields.length}
              form={form}
              onMove={(to) => questions.move(index, to)}
              onRemove={() => questions.remove(index)}
            />
          ))}
        </ol>
        {questions.fields.length < surveyLimits.questions && (
          <Button variant="secondary" onClick={() => questions.append({ ...newQuestion })}>
            Add a question
          </Button>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-3 border-t border-slate-100 pt-5">
        <SubmitButton pending={isSubmitting} value="launch">
          Save and start sending
        </SubmitButton>
        <Button type="submit" variant="secondary" value="draft" disabled={isSubmitting}>
          Save draft
        </Button>
      </div>
    </form>
  );
}

/** A whole number of days: a phone shows its number pad. */
function DaysField(props: ComponentProps<typeof TextField>) {
  return <TextField type="number" inputMode="numeric" {...props} />;
}

function QuestionEditor({
  index,
  count,
  form,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  form: ReturnType<typeof useForm<SaveSurveyFormValues, unknown, SaveSurveyInput>>;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const kind = useWatch({ control: form.control, name: `questions.${index}.kind` });
  const field = fieldsOf(form, `question-${index}`);
  const number = index + 1;
  return (
    <li className="rounded-lg p-4 ring-1 ring-slate-200" aria-label={`Question ${number}`}>
      <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
        <TextField label={`Question ${number}`} maxLength={surveyLimits.prompt} {...field(`questions.${index}.prompt`)} />
        <SelectField
          label="Kind"
          options={choicesOf(surveyQuestionKinds, surveyQuestionKindLabels)}
          {...field(`questions.${index}.kind`)}
        />
      </div>
      {(kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE") && (
        <div className="mt-4">
          <TextAreaField
            label="Choices, one per line"
            hint={`2 to ${surveyLimits.options} choices.`}
            className="min-h-24"
            {...field(`questions.${index}.optionsText`)}
            id={`question-${index}-options`}
          />
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <CheckboxField label="Answer required" {...form.register(`questions.${index}.required`)} />
        <span className="flex flex-wrap gap-1">
          <Button
            variant="ghost"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={`Move question ${number} up`}
          >
            Move up
          </Button>
          <Button
            variant="ghost"
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={`Move question ${number} down`}
          >
            Move down
          </Button>
          <Button variant="ghost" onClick={onRemove} aria-label={`Remove question ${number}`}>
            Remove
          </Button>
        </span>
      </div>
    </li>
  );
}
