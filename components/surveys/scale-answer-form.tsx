"use client";

import type { FieldValues, Path } from "react-hook-form";
import type { z } from "zod";
import { ScaleQuestions } from "@/components/surveys/scale-questions";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { RadioScaleField, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import {
  answerFeedbackSchema,
  answerFlashPulseSchema,
  answerPulseSchema,
  feedbackScaleEnds,
  feedbackScaleQuestions,
  feedbackTextLimit,
  flashPulseScaleQuestions,
  pulseCommentLimit,
  pulseRecommendEnds,
  pulseRecommendQuestion,
  pulseScaleEnds,
  pulseScaleQuestions,
} from "@/lib/surveys/schemas";

const zeroToTen = Array.from({ length: 11 }, (_, k) => k);

const pulseCommentLabel = "Anything you would like the programme office to know? (optional)";
const commentLimit = `Up to ${pulseCommentLimit.toLocaleString("en-GB")} characters.`;
const pulseComment = (hint: string) => [{ name: "comment", id: "pulse-comment", label: pulseCommentLabel, hint }] as const;
const feedbackTextHint = `Shown to the programme office without your name, after the round closes and only if at least five people answered. Up to ${feedbackTextLimit.toLocaleString("en-GB")} characters.`;

/** Each fixed-question survey: its schema, its 1–5 questions, whether it asks the 0–10 recommend question, and its free-text fields. */
const answerForms = {
  pulse: {
    schema: answerPulseSchema,
    idPrefix: "pulse",
    questions: pulseScaleQuestions,
    ends: pulseScaleEnds,
    recommend: true,
    texts: pulseComment(
      `Shown to coordinators without your name, and only once at least five people have answered. ${commentLimit}`,
    ),
  },
  /** The two-question pulse after a flash conversation: how useful it was, and the recommend question. */
  flash: {
    schema: answerFlashPulseSchema,
    idPrefix: "pulse",
    questions: flashPulseScaleQuestions,
    ends: pulseScaleEnds,
    recommend: true,
    texts: pulseComment(`Shown to coordinators without your name. ${commentLimit}`),
  },
  feedback: {
    schema: answerFeedbackSchema,
    idPrefix: "feedback",
    questions: feedbackScaleQuestions,
    ends: feedbackScaleEnds,
    recommend: false,
    texts: [
      {
        name: "benefitsText",
        id: "feedback-benefits",
        label: "What benefits have you noticed from taking part? (optional)",
        hint: feedbackTextHint,
      },
      {
        name: "suggestion",
        id: "feedback-suggestion",
        label: "What should the programme office change or add? (optional)",
        hint: feedbackTextHint,
      },
    ],
  },
} as const;

type AnswerForms = typeof answerForms;
type Kind = keyof AnswerForms;
type Values = FieldValues & { inviteId: string };

/** The answer form of a pulse, a flash pulse or a core-group feedback round: 1–5 scales, maybe the recommend question, free text. */
export function ScaleAnswerForm<K extends Kind>({
  kind,
  inviteId,
  action,
}: {
  kind: K;
  inviteId: string;
  action: (input: z.input<AnswerForms[K]["schema"]>) => Promise<ActionResult>;
}) {
  const config = answerForms[kind];
  const texts: readonly { name: string; id: string; label: string; hint: string }[] = config.texts;
  const { form, result, register, errors, isSubmitting, onSubmit } = useActionForm<Values, unknown>(
    config.schema as unknown as z.ZodType<unknown, Values>,
    { inviteId, ...Object.fromEntries(texts.map((text) => [text.name, ""])) },
    action as (input: Values) => Promise<ActionResult>,
    { reset: { to: "none" } },
  );
  return (
    <ActionForm onSubmit={onSubmit} result={result}>
      <ScaleQuestions
        idPrefix={config.idPrefix}
        questions={config.questions as readonly { key: Path<Values>; label: string }[]}
        ends={config.ends}
        form={form}
      />
      {config.recommend && (
        <RadioScaleField
          id={`${config.idPrefix}-${pulseRecommendQuestion.key}`}
          label={pulseRecommendQuestion.label}
          values={zeroToTen}
          ends={pulseRecommendEnds}
          error={errors.recommend?.message as string | undefined}
          inputProps={register(pulseRecommendQuestion.key)}
        />
      )}
      {texts.map((text) => (
        <TextAreaField
          key={text.name}
          id={text.id}
          label={text.label}
          hint={text.hint}
          className="min-h-24"
          error={errors[text.name]?.message as string | undefined}
          {...register(text.name)}
        />
      ))}
      <SubmitButton pending={isSubmitting} disabled={result?.ok === true} pendingLabel="Sending…">
        Send my answers
      </SubmitButton>
    </ActionForm>
  );
}
