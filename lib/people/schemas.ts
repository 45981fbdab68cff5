import { z } from "zod";
import { isTimeZone } from "@/lib/time-zone";

export const globalRoles = ["ADMIN", "COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const;

export const peopleFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  department: z.string().trim().max(40).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PeopleFilter = z.output<typeof peopleFilterSchema>;

export const roleChangeSchema = z.object({
  userId: z.string().min(1, "Choose a person."),
  role: z.enum(globalRoles, "Choose a role."),
});

export type RoleChange = z.output<typeof roleChangeSchema>;

export const accountSchema = z.object({ userId: z.string().min(1, "Choose a person.") });

export const accountActiveSchema = accountSchema.extend({ active: z.boolean() });

export type AccountActive = z.output<typeof accountActiveSchema>;

export const erasePersonSchema = accountSchema;

export const peopleImportSchema = z.object({
  csv: z
    .string()
    .min(1, "Choose a CSV file or paste its contents.")
    .max(10_000_000, "The file is over 10 MB; split it into smaller files."),
});

/** The directory's CSV columns, in export order; imports accept them in any order and case. */
export const peopleColumns = [
  "name",
  "email",
  "department",
  "title",
  "level",
  "manager email",
  "location",
  "time zone",
  "hire date",
] as const;

export const maxImportRows = 20_000;

const optional = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .transform((v) => v || null);

/** One CSV row of the people import, by column name. */
export const importRowSchema = z.object({
  name: z.string().trim().min(1, "Add the person's name.").max(120, "Keep the name under 120 characters."),
  email: z.string().trim().toLowerCase().min(1, "Add a work email.").pipe(z.email("Use an email address like name@company.com.")),
  department: optional(80, "department"),
  title: optional(120, "title"),
  level: z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === "") return null;
      const level = Number(v);
      if (!Number.isInteger(level) || level < 1 || level > 10) {
        ctx.addIssue({ code: "custom", message: "Use a whole number from 1 (entry) to 10 (executive)." });
        return z.NEVER;
      }
      return level;
    }),
  "manager email": z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || null)
    .pipe(z.email("Use the manager's email address, or leave it empty.").nullable()),
  location: optional(80, "location"),
  "time zone": z
    .string()
    .trim()
    .transform((v) => v || "UTC")
    .refine(isTimeZone, "Use a time zone name such as Europe/London or America/New_York."),
  "hire date": z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.iso.date("Write the hire date as YYYY-MM-DD.").nullable()),
});
