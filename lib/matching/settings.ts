import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseStoredConfig } from "@/lib/matching/config";
import type { MatchingSettings } from "@/lib/matching/schemas";
import { findProgram } from "@/lib/programs/find-program";
import { programTypeTemplates } from "@/lib/programs/type-templates";

export async function getMatchingSettings(actor: Actor, programId: string) {
  requirePermission(actor, "matching:read");
  const program = await findProgram(
    { id: programId },
    {
      id: true,
      name: true,
      status: true,
      type: true,
      matchingMode: true,
      matchingConfig: true,
      selfMatchRequestLimit: true,
      selfMatchResponseDays: true,
    },
  );
  return { ...program, config: parseStoredConfig(program.matchingConfig, programTypeTemplates[program.type].matching) };
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
