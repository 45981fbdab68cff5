import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { discardDrafts, findDraftRun } from "@/lib/matching/draft-run";

export async function discardRun(actor: Actor, input: { runId: string }): Promise<void> {
  requirePermission(actor, "matching:write");
  const run = await findDraftRun(input.runId);
  await db.$transaction((tx) => discardDrafts(tx, run.programId));
}
