import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** What every tab of a programme's hub shows above itself: name, stage, type and dates. */
export async function getProgramHeader(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const program = await db.program.findUnique({
    where: { id: programId },
    select: { id: true, name: true, status: true, type: true, startDate: true, endDate: true },
  });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  return program;
}
