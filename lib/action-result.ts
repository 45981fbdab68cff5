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

/** What a form shows when saving failed for a reason the person did not cause; their input stays. */
export const unexpectedFailureMessage = "Could not save: nothing was changed. Try again in a moment.";

export const unexpectedFailure = { ok: false, status: 500, message: unexpectedFailureMessage } as const;
