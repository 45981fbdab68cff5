import { z } from "zod";
import { matchingConfigSchema } from "@/lib/matching/config";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

const id = z.string().min(1, "Missing identifier.");

export const runMatchingSchema = z.object({ programId: id });
export const runIdSchema = z.object({ runId: id });
export const constraintSchema = z.object({
  programId: id,
  menteeId: id,
  mentorId: id,
  kind: z.enum(["LOCK", "FORBID", "NONE"], "Choose lock, forbid or clear."),
});
export const manualAssignSchema = z.object({ matchId: id, mentorId: id });
export const swapSchema = z.object({ matchId: id, otherMatchId: id });
export const endMatchSchema = z.object({
  matchId: id,
  reason: z.string().trim().min(3, "Say briefly why the pair is ending.").max(500, "Keep the reason under 500 characters."),
});
export const flagMatchSchema = z.object({
  matchId: id,
  reason: z.string().trim().min(3, "Say briefly what is not working.").max(500, "Keep the reason under 500 characters."),
});
export const confirmMatchSchema = z.object({ matchId: id, accept: z.boolean() });
export const mentorRequestSchema = z.object({
  programId: id,
  mentorIds: z.array(id).min(1, "Choose at least one mentor.").max(10, "Choose at most 10 mentors."),
  message: z.string().trim().max(1000, "Keep the message under 1,000 characters.").default(""),
});
export const respondRequestSchema = z.object({ requestId: id, accept: z.boolean() });
/** A coordinator puts a mentor paused for unanswered requests back into self-match. */
export const unpauseMentorSchema = z.object({ participationId: id });

export const matchingModeLabels = vocabulary.matching.matchingMode;
export const matchingModes = choiceKeys(matchingModeLabels);

export const matchingSettingsSchema = z.object({
  programId: z.string().min(1),
  mode: z.enum(matchingModes, "Choose how pairs are made."),
  config: matchingConfigSchema,
  selfMatchRequestLimit: z.number().int().min(1, "Allow at least 1 request.").max(10, "Allow at most 10 requests."),
  selfMatchResponseDays: z.number().int().min(1, "Give mentors at least 1 day.").max(30, "Give mentors at most 30 days."),
});

export type MatchingSettings = z.output<typeof matchingSettingsSchema>;
