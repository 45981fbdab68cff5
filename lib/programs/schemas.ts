import { z } from "zod";

export const programTypes = ["ONE_TO_ONE", "GROUP", "REVERSE", "PEER", "FLASH"] as const;

export const programTypeLabels: Record<(typeof programTypes)[number], string> = {
  ONE_TO_ONE: "One-to-one",
  GROUP: "Group",
  REVERSE: "Reverse",
  PEER: "Peer",
  FLASH: "Flash (one-off)",
};

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.iso.date("Enter a date as YYYY-MM-DD.").optional());

export const programCreateSchema = z
  .object({
    name: z.string().trim().min(3, "Give the programme a name of at least 3 characters.").max(120, "Keep the name under 120 characters."),
    type: z.enum(programTypes, "Choose a programme type."),
    purpose: z.string().trim().max(2000, "Keep the purpose under 2,000 characters.").default(""),
    startDate: optionalDate,
    endDate: optionalDate,
  })
  .refine((input) => !input.startDate || !input.endDate || input.endDate >= input.startDate, {
    path: ["endDate"],
    message: "The end date must be on or after the start date.",
  });

export type ProgramCreateInput = z.input<typeof programCreateSchema>;
export type ProgramCreate = z.output<typeof programCreateSchema>;
