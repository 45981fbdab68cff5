import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

const id = z.string().min(1, "Missing identifier.");
const term = (label: string, required: boolean) => {
  const text = z.string().trim().max(2000, `Keep ${label} under 2,000 characters.`);
  return required ? text.min(3, `Write a line about ${label}.`) : text.default("");
};

export const agreementTermsSchema = z.object({
  cadence: term("how often you meet", true),
  meetingFormat: term("how you meet", true),
  confidentiality: term("confidentiality", true),
  ending: term("how the relationship can end", true),
  expectations: term("your expectations", false),
});

export const agreementSchema = agreementTermsSchema.extend({
  matchId: id,
  /** The version the person edited, so a concurrent change is not overwritten unseen. */
  version: z.coerce.number().int().min(1),
});
export const signAgreementSchema = z.object({ matchId: id, version: z.coerce.number().int().min(1) });
export const agreementTemplateSchema = agreementTermsSchema.extend({ programId: id });

export const pairGoalStatusLabels = vocabulary.pairs.goalStatus;
export const pairGoalStatuses = choiceKeys(pairGoalStatusLabels);

export const pairGoalSchema = z.object({
  matchId: id,
  title: z.string().trim().min(3, "Say what the goal is.").max(200, "Keep the goal under 200 characters."),
  measure: z
    .string()
    .trim()
    .min(3, "Say how you will measure it, e.g. “presentations given to leadership”.")
    .max(300, "Keep the measure under 300 characters."),
  target: z.string().trim().min(1, "Set a target, e.g. “2 by June”.").max(200, "Keep the target under 200 characters."),
  support: z.string().trim().max(1000, "Keep this under 1,000 characters.").default(""),
  programGoalId: z.string().trim().default(""),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a due date."),
  milestones: z
    .array(z.string().trim().max(200, "Keep each milestone under 200 characters."))
    .max(8, "Keep to eight milestones.")
    .default([]),
});

export const goalProgressSchema = z.object({
  goalId: id,
  status: z.enum(pairGoalStatuses, "Choose a status."),
  progress: z.coerce.number("Give progress from 0 to 100.").int().min(0, "From 0 to 100.").max(100, "From 0 to 100."),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters.").default(""),
});

export const milestoneSchema = z.object({ milestoneId: id, done: z.boolean() });
