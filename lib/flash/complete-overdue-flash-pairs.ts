import "server-only";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { completeFlashPair } from "@/lib/flash/complete-flash-pair";
import { flashCompletesAt } from "@/lib/flash/flash-rules";
import { startedPairs } from "@/lib/pairs/started-pairs";

/**
 * Completes the flash pairs whose time ran out without a logged session: the programme's number
 * of days after the pair started. Runs on the job runner (`flash.complete-overdue`); safe to run
 * concurrently, since each pair moves from ACTIVE once.
 */
export async function completeOverdueFlashPairs(now: Date): Promise<{ completed: number }> {
  const live = await db.match.findMany({
    where: { ...startedPairs(now), program: { type: "FLASH" } },
    select: { id: true, startedAt: true, program: { select: { flashCompleteAfterDays: true } } },
  });
  let completed = 0;
  for (const pair of live.filter((p) => flashCompletesAt(p.startedAt!, p.program.flashCompleteAfterDays) <= now)) {
    if (await db.$transaction((tx) => completeFlashPair(tx, pair.id, "days-passed", now), queuedTransaction)) completed += 1;
  }
  return { completed };
}
