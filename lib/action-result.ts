import type { z } from "zod";

/** What every server action returns; forms show `message` and put `fieldErrors` beside fields. */
export type ActionResult<Data = unknown> =
  | { ok: true; message: string; data?: Data }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]> };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
