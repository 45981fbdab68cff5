"use client";

import { useWatch } from "react-hook-form";
import { useActionForm } from "@/components/ui/use-action-submit";
import { ActionForm, panelForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, FieldNote, SelectField, TextAreaField, TextField, choicesOf } from "@/components/ui/field";
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
  const { form, result, field, errors, isSubmitting, onSubmit } = useActionForm(questionSchema, empty, action, {
    reset: { to: "empty", empty },
    idPrefix: "question",
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const choice = kind === "SINGLE_CHOICE" || kind === "MULTIPLE_CHOICE";

  return (
    <ActionForm onSubmit={onSubmit} result={result} className={panelForm} errorsOnly>
      <TextField label="Question" placeholder="e.g. Which area do you most want to grow in?" {...field("prompt")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Answer type" options={choicesOf(questionKinds, questionKindLabels)} {...field("kind")} />
        <SelectField label="Asked of" options={choicesOf(questionAudiences, questionAudienceLabels)} {...field("audience")} />
      </div>
      {choice && <TextAreaField label="Options" hint="One per line." className="min-h-24" {...field("options")} />}
      <div className="flex flex-wrap gap-6">
        <CheckboxField label="Required" {...form.register("required")} />
        {choice && (
          <CheckboxField
            label="Use as a matching criterion (mentor and mentee who answer alike score higher)"
            {...form.register("useForMatching")}
          />
        )}
      </div>
      <FieldNote error={errors.useForMatching?.message} />
      <SubmitButton pending={isSubmitting} variant="secondary" pendingLabel="Adding…">
        Add question
      </SubmitButton>
    </ActionForm>
  );
}
