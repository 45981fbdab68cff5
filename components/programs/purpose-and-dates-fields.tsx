"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/field";

type Bound = (name: "purpose" | "startDate" | "endDate") => { id: string; error?: string } & UseFormRegisterReturn;

/**
 * A programme's purpose and its dates, as both the new-programme form and the programme's
 * details form ask for them; `children` join the dates' grid (the details form's targets).
 */
export function PurposeAndDatesFields({ field, children }: { field: Bound; children?: ReactNode }) {
  return (
    <>
      <TextAreaField
        label="Purpose and value proposition"
        hint="Why the programme exists, and what participants and the organisation gain."
        {...field("purpose")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField type="date" label="Start date" {...field("startDate")} />
        <TextField type="date" label="End date" {...field("endDate")} />
        {children}
      </div>
    </>
  );
}
