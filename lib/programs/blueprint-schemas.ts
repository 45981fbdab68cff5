import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

const programId = z.string().min(1);
const date = (what: string) =>
  z
    .string()
    .trim()
    .pipe(z.iso.date(`Enter the ${what} as YYYY-MM-DD.`));
const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, min > 0 ? `Add the ${what}.` : undefined)
    .max(max, `Keep the ${what} under ${max.toLocaleString("en-GB")} characters.`);

export const responsibilitiesSchema = z.object({
  programId,
  mentorResponsibilities: text(0, 5000, "mentor responsibilities"),
  menteeResponsibilities: text(0, 5000, "mentee responsibilities"),
  coordinatorResponsibilities: text(0, 5000, "coordinator responsibilities"),
  resourcesNeeded: text(0, 5000, "resources needed"),
});

export const stageSchema = z
  .object({
    programId,
    activity: text(3, 200, "activity"),
    startsOn: date("start"),
    endsOn: date("end"),
    owner: text(2, 120, "owner"),
  })
  .refine((s) => s.endsOn >= s.startsOn, { path: ["endsOn"], message: "The end must be on or after the start." });

export const budgetCategoryLabels = vocabulary.programs.budgetCategory;
export const budgetCategories = choiceKeys(budgetCategoryLabels);

export const budgetLineSchema = z.object({
  programId,
  description: text(3, 200, "description"),
  category: z.enum(budgetCategories, "Choose a category."),
  amount: z
    .string()
    .trim()
    .transform((v) => v.replace(/[,\s]/g, ""))
    .pipe(z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount such as 1250 or 1250.50."))
    .transform((v) => Math.round(Number(v) * 100)),
});

export const communicationChannelLabels = vocabulary.programs.communicationChannel;
export const communicationChannels = choiceKeys(communicationChannelLabels);

export const communicationSchema = z.object({
  programId,
  message: text(3, 500, "message"),
  audience: text(2, 200, "audience"),
  channel: z.enum(communicationChannels, "Choose a channel."),
  plannedOn: date("planned date"),
});

/** The programme office asks a person in the directory to sign the programme off. */
export const sponsorRequestSchema = z.object({
  programId,
  sponsorId: z.string().min(1, "Choose the sponsor."),
});

/** The sponsor signs off, with an optional comment for the programme office. */
export const sponsorSignOffSchema = z.object({
  programId,
  comment: text(0, 1000, "comment"),
});

/** The sponsor is not ready to sign off yet, and says what they want changed. */
export const sponsorNotYetSchema = z.object({
  programId,
  comment: text(3, 1000, "what you would like changed"),
});

export const blueprintItemSchema = z.object({ kind: z.enum(["stage", "budget", "communication"]), id: z.string().min(1) });
export const communicationSentSchema = z.object({ id: z.string().min(1), sent: z.boolean() });
