"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useActionSubmit } from "@/components/ui/use-action-submit";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action-result";
import {
  programCreateSchema,
  programTypeLabels,
  programTypes,
  type ProgramCreate,
  type ProgramCreateInput,
} from "@/lib/programs/schemas";

export function ProgramForm({ action }: { action: (input: ProgramCreateInput) => Promise<ActionResult> }) {
  const router = useRouter();
  const form = useForm<ProgramCreateInput, unknown, ProgramCreate>({
    resolver: zodResolver(programCreateSchema),
    defaultValues: { name: "", type: "ONE_TO_ONE", purpose: "", startDate: "", endDate: "" },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const { result, submit: onSubmit } = useActionSubmit(form, action, {
    reset: { to: "none" },
    onSuccess: () => router.push("/programs"),
  });

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-5">
      {result && !result.ok && <FormMessage tone="error">{result.message}</FormMessage>}
      <TextField
        id="name"
        label="Name"
        placeholder="e.g. Women in Engineering 2027"
        error={errors.name?.message}
        {...register("name")}
      />
      <SelectField
        id="type"
        label="Type"
        hint="Group programmes pair one mentor with several mentees; flash programmes are one-off conversations."
        error={errors.type?.message}
        {...register("type")}
      >
        {programTypes.map((type) => (
          <option key={type} value={type}>
            {programTypeLabels[type]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="purpose"
        label="Purpose and value proposition"
        hint="Why this programme exists and what participants and the organisation get from it."
        error={errors.purpose?.message}
        {...register("purpose")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="startDate" type="date" label="Start date" error={errors.startDate?.message} {...register("startDate")} />
        <TextField id="endDate" type="date" label="End date" error={errors.endDate?.message} {...register("endDate")} />
      </div>
      <div className="flex justify-end gap-3">
        <Button variant="secondary" onClick={() => router.push("/programs")}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create draft"}
        </Button>
      </div>
    </form>
  );
}
