"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ScaleQuestions } from "@/components/surveys/scale-questions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import { answerFeedbackSchema, feedbackScaleEnds, feedbackScaleQuestions, feedbackTextLimit } from "@/lib/surveys/schemas";

type Values = z.input<typeof answerFeedbackSchema>;

const textHint = `Shown to the programme office without your name, after the round closes and only if at least five people answered. Up to ${feedbackTextLimit.toLocaleString("en-GB")} characters.`;

export function FeedbackForm({ inviteId, action }: { inviteId: string; action: (input: Values) => Promise<ActionResult> }) {
  const form = useForm<Values, unknown, z.output<typeof answerFeedbackSchema>>({
    resolver: zodResolver(answerFeedbackSchema),
    defaultValues: { inviteId, benefitsText: "", suggestion: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit } = useActionSubmit(form, action, { reset: { to: "none" } });
  return (
    <form onSubmit={handleSubmit(submit)} noValidate className="space-y-6">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <ScaleQuestions idPrefix="feedback" questions={feedbackScaleQuestions} ends={feedbackScaleEnds} form={form} />
      <TextAreaField
        id="feedback-benefits"
        label="What benefits have you noticed from taking part? (optional)"
        hint={textHint}
        className="min-h-24"
        error={errors.benefitsText?.message}
        {...register("benefitsText")}
      />
      <TextAreaField
        id="feedback-suggestion"
        label="What should the programme office change or add? (optional)"
        hint={textHint}
        className="min-h-24"
        error={errors.suggestion?.message}
        {...register("suggestion")}
      />
      <Button type="submit" disabled={isSubmitting || result?.ok === true}>
        {isSubmitting ? "Sending…" : "Send my answers"}
      </Button>
    </form>
  );
}
