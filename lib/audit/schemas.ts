import { z } from "zod";
import { auditActionNames } from "@/lib/audit/audit-actions";

const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(z.iso.date("Enter a date as YYYY-MM-DD.").optional());

/** The audit page's filters, read from its address bar. */
export const auditFilterSchema = z
  .object({
    action: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(z.enum(auditActionNames, "Choose an event from the list.").optional()),
    person: z
      .string()
      .trim()
      .max(100, "Keep the name under 100 characters.")
      .optional()
      .transform((value) => value || undefined),
    from: optionalDay,
    to: optionalDay,
    /** The id of the last event on the previous page: the page shows older events. */
    before: z
      .string()
      .trim()
      .optional()
      .transform((value) => value || undefined),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ["to"],
    message: "The end date must be on or after the start date.",
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;
