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
  answerPulseSchema,
  pulseCommentLimit,
  pulseRecommendEnds,
  pulseRecommendQuestion,
  pulseScaleEnds,
  pulseScaleQuestions,
} from "@/lib/surveys/schemas";

type Values = z.input<typeof answerPulseSchema>;

const zeroToTen = Array.from({ length: 11 }, (_, k) => k);

export function PulseForm({ inviteId, action }: { inviteId: string; action: (input: Values) => Promise<ActionResult> }) {
  const form = useForm<Values, unknown, z.output<typeof answerPulseSchema>>({
    resolver: zodResolver(answerPulseSchema),
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
      <ScaleQuestions idPrefix="pulse" questions={pulseScaleQuestions} ends={pulseScaleEnds} form={form} />
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
        hint={`Shown to coordinators without your name, and only once at least five people have answered. Up to ${pulseCommentLimit.toLocaleString("en-GB")} characters.`}
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
