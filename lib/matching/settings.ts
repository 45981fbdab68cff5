import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { defaultMatchingConfig, matchingConfigSchema, type MatchingConfig } from "@/lib/matching/config";

export const matchingModes = ["ADMIN", "SELF_MATCH", "HYBRID"] as const;

export const matchingModeLabels: Record<(typeof matchingModes)[number], string> = {
  ADMIN: "Coordinator matches the cohort",
  SELF_MATCH: "Mentees choose their mentor",
  HYBRID: "Matcher proposes, both confirm",
};

export const matchingSettingsSchema = z.object({
  programId: z.string().min(1),
  mode: z.enum(matchingModes, "Choose how pairs are made."),
  config: matchingConfigSchema,
  selfMatchRequestLimit: z.number().int().min(1, "Allow at least 1 request.").max(10, "Allow at most 10 requests."),
  selfMatchResponseDays: z.number().int().min(1, "Give mentors at least 1 day.").max(30, "Give mentors at most 30 days."),
});

export type MatchingSettings = z.output<typeof matchingSettingsSchema>;

/** A stored configuration, or the defaults where none was saved or an old one no longer parses. */
export function parseStoredConfig(stored: unknown): MatchingConfig {
  const parsed = matchingConfigSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultMatchingConfig;
}

export async function getMatchingSettings(actor: Actor, programId: string) {
  requirePermission(actor, "matching:read");
  const program = await db.program.findUnique({
    where: { id: programId },
    select: { id: true, name: true, status: true, type: true, matchingMode: true, matchingConfig: true, selfMatchRequestLimit: true, selfMatchResponseDays: true },
  });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  return { ...program, config: parseStoredConfig(program.matchingConfig) };
}

export async function updateMatchingSettings(actor: Actor, settings: MatchingSettings): Promise<void> {
  requirePermission(actor, "matching:write");
  const updated = await db.program.updateMany({
    where: { id: settings.programId },
    data: {
      matchingMode: settings.mode,
      matchingConfig: settings.config,
      selfMatchRequestLimit: settings.selfMatchRequestLimit,
      selfMatchResponseDays: settings.selfMatchResponseDays,
    },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "That programme does not exist.");
}
