import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export interface ClaimedJob {
  id: string;
  name: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
}

/**
 * Takes up to `limit` due jobs for one runner in a single statement. FOR UPDATE SKIP LOCKED lets
 * several runners claim at once without waiting on, or taking, each other's rows.
 */
export async function claimDueJobs(client: PrismaClient, runnerId: string, now: Date, limit: number): Promise<ClaimedJob[]> {
  return client.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET status = 'RUNNING', "lockedBy" = ${runnerId}, "lockedAt" = ${now}, "startedAt" = ${now},
      attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Job" WHERE status = 'PENDING' AND "runAt" <= ${now}
      ORDER BY "runAt", id LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, name, payload, attempts, "maxAttempts", "runAt"`;
}
