import { z } from "zod";
import { distinctEntries } from "@/lib/list-input";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

export const programTypeLabels = vocabulary.programs.programType;
export const programTypes = choiceKeys(programTypeLabels);

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.iso.date("Enter a date as YYYY-MM-DD.").optional());

const programName = z
  .string()
  .trim()
  .min(3, "Give the programme a name of at least 3 characters.")
  .max(120, "Keep the name under 120 characters.");
const programType = z.enum(programTypes, "Choose a programme type.");

export const programCreateSchema = z
  .object({
    name: programName,
    type: programType,
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

const optionalCount = z
  .union([z.number(), z.nan(), z.null()])
  .transform((value) => (value === null || Number.isNaN(value) ? null : value))
  .pipe(z.number().int("Use a whole number.").min(0, "Use 0 or more.").max(100_000, "Use a smaller number.").nullable());

export const programDetailsSchema = z
  .object({
    programId: z.string().min(1),
    name: programName,
    type: programType,
    purpose: z.string().trim().max(4000, "Keep the purpose under 4,000 characters."),
    startDate: optionalDate,
    endDate: optionalDate,
    maxGroupSize: optionalCount,
    /** Flash programmes only: days before a pair with no logged session completes, and conversations per quarter. */
    flashCompleteAfterDays: optionalCount.optional().transform((v) => v ?? null),
    flashRoundsPerQuarter: optionalCount.optional().transform((v) => v ?? null),
    targetMentors: optionalCount,
    targetMentees: optionalCount,
    meetingCadence: z.string().trim().max(200, "Keep the cadence under 200 characters."),
    scopeDepartmentIds: z.array(z.string().min(1)).max(200),
    scopeLocations: z
      .string()
      .max(1000, "Keep the locations under 1,000 characters.")
      .transform((v) => distinctEntries(v, ",")),
    codeOfConduct: z.string().trim().max(20_000, "Keep the code of conduct under 20,000 characters."),
  })
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    path: ["endDate"],
    message: "The end date must be on or after the start date.",
  })
  .refine((p) => p.type !== "GROUP" || (p.maxGroupSize !== null && p.maxGroupSize >= 2), {
    path: ["maxGroupSize"],
    message: "Group programmes need a group size of at least 2.",
  })
  .refine(
    (p) =>
      p.type !== "FLASH" ||
      (p.flashCompleteAfterDays !== null && p.flashCompleteAfterDays >= 1 && p.flashCompleteAfterDays <= 365),
    { path: ["flashCompleteAfterDays"], message: "Give the pair between 1 and 365 days for its conversation." },
  )
  .refine(
    (p) =>
      p.type !== "FLASH" || (p.flashRoundsPerQuarter !== null && p.flashRoundsPerQuarter >= 1 && p.flashRoundsPerQuarter <= 50),
    { path: ["flashRoundsPerQuarter"], message: "Allow between 1 and 50 conversations per quarter." },
  );

export type ProgramDetails = z.output<typeof programDetailsSchema>;
export type ProgramDetailsInput = z.input<typeof programDetailsSchema>;

export const goalSchema = z.object({
  programId: z.string().min(1),
  title: z.string().trim().min(3, "Name the goal in a few words.").max(200, "Keep the goal under 200 characters."),
  objective: z
    .string()
    .trim()
    .min(5, "Say how you will know it is met, e.g. '80% of mentees report…'.")
    .max(500, "Keep the objective under 500 characters."),
});

export const questionKindLabels = vocabulary.programs.questionKind;
export const questionKinds = choiceKeys(questionKindLabels);
export const questionAudienceLabels = vocabulary.programs.questionAudience;
export const questionAudiences = choiceKeys(questionAudienceLabels);

export const questionSchema = z
  .object({
    programId: z.string().min(1),
    prompt: z.string().trim().min(3, "Write the question.").max(300, "Keep the question under 300 characters."),
    kind: z.enum(questionKinds, "Choose a question type."),
    audience: z.enum(questionAudiences, "Choose who answers."),
    options: z
      .string()
      .max(2000, "Keep the options under 2,000 characters.")
      .transform((v) => distinctEntries(v, "\n")),
    required: z.boolean(),
    useForMatching: z.boolean(),
  })
  .refine((q) => !(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") || q.options.length >= 2, {
    path: ["options"],
    message: "Give at least two options, one per line.",
  })
  .refine((q) => !q.useForMatching || q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE", {
    path: ["useForMatching"],
    message: "Only choice questions can be used for matching.",
  });

export type QuestionInput = z.input<typeof questionSchema>;

export const idSchema = z.object({ id: z.string().min(1) });
export const moveQuestionSchema = z.object({ id: z.string().min(1), direction: z.enum(["up", "down"]) });
export const programStatuses = ["DRAFT", "ENROLMENT", "MATCHING", "ACTIVE", "CLOSED"] as const;
export const statusChangeSchema = z.object({ programId: z.string().min(1), to: z.enum(programStatuses, "Choose a stage.") });
