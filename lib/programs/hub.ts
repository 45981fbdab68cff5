import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { findProgram } from "@/lib/programs/find-program";

/** What every tab of a programme's hub shows above itself: name, stage, type and dates. */
export async function getProgramHeader(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  return findProgram({ id: programId }, { id: true, name: true, status: true, type: true, startDate: true, endDate: true });
}
