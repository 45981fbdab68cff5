"use client";

import { useActionForm, type EditFormProps } from "@/components/ui/use-action-submit";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { qualities, readinessQualities, readinessSchema, type ReadinessInput } from "@/lib/readiness/qualities";

export function ReadinessForm({ initial, action }: EditFormProps<ReadinessInput>) {
  const { result, register, field, errors, isSubmitting, onSubmit } = useActionForm(readinessSchema, initial, action, {
    reset: { to: "none" },
  });

  return (
    <ActionForm onSubmit={onSubmit} result={result} className="space-y-5">
      <p className="text-sm text-slate-600">
        Rate yourself honestly from 1 (not yet) to 5 (a real strength). Only you and your coordinator see this.
      </p>
      <table className="text-sm">
        <caption className="sr-only">Self-assessment</caption>
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className="pr-6 pb-2 text-left font-medium">
              Quality
            </th>
            {[1, 2, 3, 4, 5].map((n) => (
              <th key={n} scope="col" className="px-3 pb-2 font-medium">
                {n}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {qualities.map((quality) => (
            <tr key={quality}>
              <th scope="row" className="py-1.5 pr-6 text-left font-normal text-slate-800">
                {readinessQualities[quality]}
                {errors.ratings?.[quality] && (
                  <span role="alert" className="block text-xs font-medium text-red-700">
                    {errors.ratings[quality]?.message}
                  </span>
                )}
              </th>
              {[1, 2, 3, 4, 5].map((n) => (
                <td key={n} className="px-3 py-1.5 text-center">
                  <input
                    type="radio"
                    value={n}
                    aria-label={`${readinessQualities[quality]}: ${n}`}
                    className="h-4 w-4 border-slate-300 text-brand-600"
                    {...register(`ratings.${quality}`)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <TextAreaField label="What do you hope to bring to a mentee, and what will you work on?" {...field("reflection")} />
      <SubmitButton pending={isSubmitting}>Submit self-assessment</SubmitButton>
    </ActionForm>
  );
}
