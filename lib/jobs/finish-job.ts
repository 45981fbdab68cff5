import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { retryDelayMs } from "@/lib/jobs/backoff";
import type { ClaimedJob } from "@/lib/jobs/claim-jobs";

/** Only the runner holding the claim may finish a job: a reclaimed job is not finished twice. */
export async function markJobSucceeded(client: PrismaClient, job: ClaimedJob, runnerId: string, now: Date): Promise<void> {
  await client.job.updateMany({
    where: { id: job.id, status: "RUNNING", lockedBy: runnerId },
    // lockedBy stays: the jobs page shows which runner ran it.
    data: { status: "SUCCEEDED", finishedAt: now, lockedAt: null, lastError: null },
  });
}

/** A failed attempt waits longer each time (exponential backoff); after the last it is FAILED. */
export async function markJobFailed(
  client: PrismaClient,
  job: ClaimedJob,
  runnerId: string,
  now: Date,
  error: unknown,
): Promise<"retrying" | "failed"> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000) || "The job failed without a message.";
  const finalAttempt = job.attempts >= job.maxAttempts;
  await client.job.updateMany({
    where: { id: job.id, status: "RUNNING", lockedBy: runnerId },
    data: finalAttempt
      ? { status: "FAILED", finishedAt: now, lockedBy: null, lockedAt: null, lastError: message }
      : {
          status: "PENDING",
          runAt: new Date(now.getTime() + retryDelayMs(job.attempts)),
          finishedAt: now,
          lockedBy: null,
          lockedAt: null,
          lastError: message,
        },
  });
  return finalAttempt ? "failed" : "retrying";
}

/** Gives claimed jobs this runner has not started back to the queue, as if never claimed. */
export async function releaseJobs(client: PrismaClient, jobIds: string[], runnerId: string): Promise<number> {
  if (jobIds.length === 0) return 0;
  const released = await client.$executeRaw`
    UPDATE "Job" SET status = 'PENDING', "lockedBy" = NULL, "lockedAt" = NULL, attempts = attempts - 1
    WHERE id = ANY(${jobIds}::text[]) AND status = 'RUNNING' AND "lockedBy" = ${runnerId}`;
  return released;
}

/**
 * A runner that died holding jobs (killed, not stopped) leaves them RUNNING; after the lease they
 * count as a failed attempt and are retried, so no job is lost.
 */
export async function reclaimAbandonedJobs(client: PrismaClient, now: Date, leaseMs: number): Promise<number> {
  const staleBefore = new Date(now.getTime() - leaseMs);
  return client.$executeRaw`
    UPDATE "Job" SET status = CASE WHEN attempts >= "maxAttempts" THEN 'FAILED'::"JobStatus" ELSE 'PENDING'::"JobStatus" END,
      "lockedBy" = NULL, "lockedAt" = NULL, "finishedAt" = ${now},
      "lastError" = 'The runner stopped while running this job; it is retried.'
    WHERE status = 'RUNNING' AND "lockedAt" < ${staleBefore}`;
}
