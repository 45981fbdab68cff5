import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/** Marks a programme's draft runs discarded and drops their proposals. */
export async function discardDrafts(tx: Prisma.TransactionClient, programId: string): Promise<void> {
  const drafts = await tx.matchingRun.findMany({ where: { programId, status: "DRAFT" }, select: { id: true } });
  if (drafts.length === 0) return;
  const ids = drafts.map((d) => d.id);
  await tx.match.deleteMany({ where: { runId: { in: ids }, status: "PROPOSED" } });
  await tx.matchingRun.updateMany({ where: { id: { in: ids } }, data: { status: "DISCARDED", draftOf: null } });
}

/** The run, if it is still a draft; otherwise a conflict the coordinator can act on. */
export async function findDraftRun(runId: string) {
  const run = await db.matchingRun.findUnique({ where: { id: runId }, select: { id: true, programId: true, status: true } });
  if (!run) throw new AppError("NOT_FOUND", "That matching run no longer exists. Refresh the page.");
  if (run.status !== "DRAFT")
    throw new AppError(
      "CONFLICT",
      `This run was already ${run.status === "PUBLISHED" ? "published" : "discarded"}. Refresh the page.`,
    );
  return run;
}
