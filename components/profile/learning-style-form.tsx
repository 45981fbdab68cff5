"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { callAction } from "@/components/ui/call-action";
import { learningStyleSchema, learningStyleStatements } from "@/lib/profiles/learning-style";

type Answers = z.input<typeof learningStyleSchema>;
const scale = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"];

export function LearningStyleForm({ action }: { action: (input: Answers) => Promise<ActionResult> }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Answers, unknown, z.output<typeof learningStyleSchema>>({ resolver: zodResolver(learningStyleSchema) });

  return (
    <form onSubmit={handleSubmit(async () => setResult(await callAction(action, getValues())))} noValidate className="space-y-5">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      {learningStyleStatements.map((statement, k) => (
        <fieldset key={statement.id}>
          <legend className="text-sm font-medium text-slate-800">
            {k + 1}. {statement.text}
          </legend>
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            {scale.map((label, v) => (
              <label key={label} className="flex items-center gap-1.5">
                <input
                  type="radio"
                  value={v + 1}
                  className="h-4 w-4 border-slate-300 text-brand-600"
                  {...register(statement.id)}
                />
                {label}
              </label>
            ))}
          </div>
          {errors[statement.id] && (
            <p role="alert" className="mt-1 text-xs font-medium text-red-700">
              {errors[statement.id]?.message}
            </p>
          )}
        </fieldset>
      ))}
      <SubmitButton pending={isSubmitting}>See my learning style</SubmitButton>
    </form>
  );
}
