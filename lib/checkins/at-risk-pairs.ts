import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { loadProgramPairs, type PairRow } from "@/lib/matching/pairs";

/** Pairs that have stopped meeting, oldest silence first: the coordinator's check-in list (or one programme's). */
export async function listAtRiskPairs(
  actor: Actor,
  now = new Date(),
  programId?: string,
): Promise<(PairRow & { programId: string; programName: string })[]> {
  requirePermission(actor, "checkins:read");
  const programs = await loadProgramPairs(now, programId);
  return programs
    .flatMap((program) => program.pairs.map((pair) => ({ ...pair, programId: program.id, programName: program.name })))
    .filter((pair) => pair.state === "at-risk")
    .sort((a, b) => (a.lastSessionAt?.getTime() ?? 0) - (b.lastSessionAt?.getTime() ?? 0));
}
