"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import { profileSchema, type ProfileInput, type ProfileUpdate } from "@/lib/profiles/schemas";

export function ProfileForm({ initial, action }: { initial: ProfileInput; action: (input: ProfileInput) => Promise<ActionResult> }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<ProfileInput, unknown, ProfileUpdate>({ resolver: zodResolver(profileSchema), defaultValues: initial });

  async function onSubmit() {
    const values = getValues();
    const outcome = await action(values);
    setResult(outcome);
    if (outcome.ok) {
      reset(values);
      return;
    }
    for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {})) {
      setError(field.split(".")[0] as Path<ProfileInput>, { message: messages[0] });
    }
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {result && <FormMessage tone={result.ok ? "success" : "error"}>{result.message}</FormMessage>}
      <TextField id="headline" label="Headline" placeholder="e.g. Product manager moving into leadership" error={errors.headline?.message} {...register("headline")} />
      <TextAreaField id="bio" label="Bio" hint="What you do, what you have learned, and what you hope to get from mentoring." error={errors.bio?.message} {...register("bio")} />
      <TextField id="yearsExperience" label="Years of experience" inputMode="numeric" className="max-w-32" error={errors.yearsExperience?.message} {...register("yearsExperience")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="skillsOffered" label="Skills I can teach" hint="Separate with commas." error={errors.skillsOffered?.message} {...register("skillsOffered")} />
        <TextField id="skillsWanted" label="Skills I want to learn" hint="Separate with commas." error={errors.skillsWanted?.message} {...register("skillsWanted")} />
        <TextField id="interests" label="Interests and hobbies" hint="Shared interests help pairs connect." error={errors.interests?.message} {...register("interests")} />
        <TextField id="languages" label="Languages" hint="Pairs need at least one language in common." error={errors.languages?.message} {...register("languages")} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Saving…" : "Save profile"}
        </Button>
      </div>
    </form>
  );
}
