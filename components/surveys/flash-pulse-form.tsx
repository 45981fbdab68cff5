"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ScaleQuestions } from "@/components/surveys/scale-questions";
import { Button } from "@/components/ui/button";
import { RadioScaleField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import type { ActionResult } from "@/lib/action-result";
import {
  answerFlashPulseSchema,
  flashPulseScaleQuestions,
  pulseCommentLimit,
  pulseRecommendEnds,
  pulseRecommendQuestion,
  pulseScaleEnds,
} from "@/lib/surveys/schemas";

type Values = z.input<typeof answerFlashPulseSchema>;

const zeroToTen = Array.from({ length: 11 }, (_, k) => k);

/** The two-question pulse after a flash conversation: how useful it was, and the recommend question. */
export function FlashPulseForm({ inviteId, action }: { inviteId: string; action: (input: Values) => Promise<ActionResult> }) {
  const form = useForm<Values, unknown, z.output<typeof answerFlashPulseSchema>>({
    resolver: zodResolver(answerFlashPulseSchema),
    defaultValues: { inviteId, comment: "" },
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
      <ScaleQuestions idPrefix="pulse" questions={flashPulseScaleQuestions} ends={pulseScaleEnds} form={form} />
      <RadioScaleField
        id="pulse-recommend"
        label={pulseRecommendQuestion.label}
        values={zeroToTen}
        ends={pulseRecommendEnds}
        error={errors.recommend?.message}
        inputProps={register("recommend")}
      />
      <TextAreaField
        id="pulse-comment"
        label="Anything you would like the programme office to know? (optional)"
        hint={`Shown to coordinators without your name. Up to ${pulseCommentLimit.toLocaleString("en-GB")} characters.`}
        className="min-h-24"
        error={errors.comment?.message}
        {...register("comment")}
      />
      <Button type="submit" disabled={isSubmitting || result?.ok === true}>
        {isSubmitting ? "Sending…" : "Send my answers"}
      </Button>
    </form>
  );
}
