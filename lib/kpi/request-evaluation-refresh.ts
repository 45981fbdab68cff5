import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";

/**
 * After a change to what the evaluation reads (HR data, a pair published or ended, costs and ROI
 * assumptions): marks the stored figures as out of date, so pages say an update is on its way, and
 * queues evaluation.refresh for the start of the next minute. Changes within one minute share one
 * refresh: the minute is the job's dedupe key.
 */
export async function requestEvaluationRefresh(now: Date, client: PrismaClient | Prisma.TransactionClient = db): Promise<void> {
  const nextMinute = new Date(Math.floor(now.getTime() / 60_000) * 60_000 + 60_000);
  await client.evaluationSnapshot.updateMany({
    where: { staleSince: null, computedAt: { not: null } },
    data: { staleSince: now },
  });
  await enqueueJobs(
    [{ name: "evaluation.refresh", runAt: nextMinute, dedupeKey: `evaluation.refresh@${nextMinute.toISOString()}` }],
    client,
  );
}
