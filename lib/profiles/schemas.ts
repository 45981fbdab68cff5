import { z } from "zod";
import { distinctEntries } from "@/lib/list-input";
import { isTimeZone } from "@/lib/time-zone";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

/** A comma-separated list typed into one field, kept as distinct trimmed entries. */
const tagList = (what: string) =>
  z
    .string()
    .max(1000, `Keep ${what} under 1,000 characters.`)
    .transform((value) => distinctEntries(value, ","))
    .pipe(z.array(z.string().max(60, `Keep each of ${what} under 60 characters.`)).max(20, `List at most 20 ${what}.`));

export const goalReasonTitles = vocabulary.profiles.goalReason;
export const goalReasons = choiceKeys(goalReasonTitles);
export const learningStyleDescriptions = vocabulary.profiles.learningStyle;
export const learningStyles = choiceKeys(learningStyleDescriptions);
export const generationLabels = vocabulary.profiles.generation;
export const generations = choiceKeys(generationLabels);
export const weekdays = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export const dayParts = ["AM", "PM", "EVE"] as const;
export const availabilitySlotCodes = weekdays.flatMap((day) => dayParts.map((part) => `${day}_${part}`));

export const genderLabels = vocabulary.profiles.gender;
export const genders = choiceKeys(genderLabels);
export const diversityAttributeLabels = vocabulary.profiles.diversityAttribute;
export const diversityAttributes = choiceKeys(diversityAttributeLabels);

export const meetingFormatLabels = vocabulary.profiles.meetingFormat;
export const meetingFormats = choiceKeys(meetingFormatLabels);
export const shareableBioLabels = vocabulary.profiles.shareableBio;
export const shareableBioFields = choiceKeys(shareableBioLabels);

const emptyToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

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
  goalReasons: z.array(z.enum(goalReasons, "Choose goals from the list.")).max(goalReasons.length),
  goalsText: z.string().trim().max(2000, "Keep your goals under 2,000 characters."),
  availability: z
    .array(z.enum(availabilitySlotCodes as [string, ...string[]], "Choose times from the grid."))
    .max(availabilitySlotCodes.length),
  learningStyle: z.preprocess(emptyToNull, z.enum(learningStyles, "Choose a learning style from the list.").nullable()),
  generation: z.preprocess(emptyToNull, z.enum(generations, "Choose a generation from the list.").nullable()),
  sensitiveMatchingConsent: z.boolean(),
  gender: z.preprocess(emptyToNull, z.enum(genders, "Choose from the list.").nullable()),
  ethnicity: z.preprocess(emptyToNull, z.string().trim().max(60, "Keep this under 60 characters.").nullable()),
  diversityPreferences: z.array(z.enum(diversityAttributes, "Choose from the list.")).max(diversityAttributes.length),
  meetingFormat: z.enum(meetingFormats, "Choose how you prefer to meet."),
  sharedWithMentees: z.array(z.enum(shareableBioFields, "Choose from the list.")).max(shareableBioFields.length),
  location: z.string().trim().max(80, "Keep the location under 80 characters."),
  timeZone: z.string().trim().refine(isTimeZone, "Use a time zone name such as Europe/London or America/New_York."),
});

export type ProfileInput = z.input<typeof profileSchema>;
export type ProfileUpdate = z.output<typeof profileSchema>;
