import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export interface NewJob {
  name: string;
  payload?: Prisma.InputJsonValue;
  runAt: Date;
  /** A job with this key is queued once; a second enqueue with it does nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Queues jobs; with a dedupe key the database keeps only the first. Returns how many were new. */
export async function enqueueJobs(jobs: NewJob[], client: PrismaClient | Prisma.TransactionClient = db): Promise<number> {
  if (jobs.length === 0) return 0;
  const created = await client.job.createMany({
    data: jobs.map((job) => ({
      name: job.name,
      payload: job.payload ?? {},
      runAt: job.runAt,
      dedupeKey: job.dedupeKey,
      maxAttempts: job.maxAttempts,
    })),
    skipDuplicates: true,
  });
  return created.count;
}
