import { z } from "zod";

/** A comma-separated list typed into one field, kept as distinct trimmed entries. */
const tagList = (what: string) =>
  z
    .string()
    .max(1000, `Keep ${what} under 1,000 characters.`)
    .transform((value) => [...new Set(value.split(",").map((item) => item.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(60, `Keep each of ${what} under 60 characters.`))
        .max(20, `List at most 20 ${what}.`),
    );

export const profileSchema = z.object({
  headline: z.string().trim().max(120, "Keep the headline under 120 characters."),
  bio: z.string().trim().max(2000, "Keep the bio under 2,000 characters."),
  yearsExperience: z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(
      z
        .number("Enter years of experience as a whole number.")
        .int("Enter years of experience as a whole number.")
        .min(0, "Years of experience cannot be negative.")
        .max(60, "Enter at most 60 years.")
        .nullable(),
    ),
  skillsOffered: tagList("skills you can teach"),
  skillsWanted: tagList("skills you want to learn"),
  interests: tagList("interests"),
  languages: tagList("languages"),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileUpdate = z.output<typeof profileSchema>;
