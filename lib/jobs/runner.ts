import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db, type PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { claimDueJobs, type ClaimedJob } from "@/lib/jobs/claim-jobs";
import { markJobFailed, markJobSucceeded, reclaimAbandonedJobs, releaseJobs } from "@/lib/jobs/finish-job";
import { ensureSchedules, queueDueSchedules, type RecurringJob } from "@/lib/jobs/schedules";

export interface JobContext {
  /** The runner's clock at the start of this job: handlers never read the wall clock themselves. */
  now: Date;
  job: ClaimedJob;
}

export type JobHandler = (payload: Prisma.JsonValue, context: JobContext) => Promise<unknown>;

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler>;
  recurring?: RecurringJob[];
  client?: PrismaClient;
  now?: () => Date;
  runnerId?: string;
  batchSize?: number;
  /** A RUNNING job whose runner has been silent this long is taken back. */
  leaseMs?: number;
}

export interface BatchSummary {
  claimed: number;
  succeeded: number;
  retrying: number;
  failed: number;
  /** Claimed but handed back because the runner was stopping. */
  released: number;
}

export interface JobRunner {
  readonly id: string;
  /** Queues due recurring jobs, then claims and runs one batch. */
  runOnce(): Promise<BatchSummary>;
  /** Polls until stopped: a full batch is followed at once by the next, otherwise it waits pollMs. */
  start(pollMs?: number): void;
  /** Finishes the job in hand, hands back the rest of the batch, and resolves when idle. */
  stop(): Promise<void>;
}

const defaultLeaseMs = 15 * 60_000;

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const client = options.client ?? db;
  const now = options.now ?? (() => new Date());
  const id = options.runnerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? defaultLeaseMs;
  let schedulesReady = false;
  let stopping = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  async function runJob(job: ClaimedJob, summary: BatchSummary): Promise<void> {
    const handler = options.handlers[job.name];
    const startedAt = now();
    try {
      if (!handler) throw new Error(`No handler is registered for the job "${job.name}".`);
      await handler(job.payload, { now: startedAt, job });
      await markJobSucceeded(client, job, id, now());
      summary.succeeded += 1;
    } catch (error) {
      const outcome = await markJobFailed(client, job, id, now(), error);
      summary[outcome === "failed" ? "failed" : "retrying"] += 1;
    }
  }

  async function runOnce(): Promise<BatchSummary> {
    const summary: BatchSummary = { claimed: 0, succeeded: 0, retrying: 0, failed: 0, released: 0 };
    if (stopping) return summary;
    const at = now();
    if (!schedulesReady && options.recurring) {
      await ensureSchedules(client, options.recurring, at);
      schedulesReady = true;
    }
    await reclaimAbandonedJobs(client, at, leaseMs);
    await queueDueSchedules(client, at);
    const batch = await claimDueJobs(client, id, at, batchSize);
    summary.claimed = batch.length;
    for (const [index, job] of batch.entries()) {
      if (stopping) {
        summary.released = await releaseJobs(
          client,
          batch.slice(index).map((rest) => rest.id),
          id,
        );
        break;
      }
      await runJob(job, summary);
    }
    return summary;
  }

  function start(pollMs = 5_000): void {
    if (loop) return;
    stopping = false;
    loop = (async () => {
      while (!stopping) {
        let full = false;
        try {
          full = (await runOnce()).claimed === batchSize;
        } catch (error) {
          console.warn(`Pairwise job runner ${id}: ${(error as Error).message}`);
        }
        if (!full && !stopping) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          wake = null;
        }
      }
    })();
  }

  async function stop(): Promise<void> {
    stopping = true;
    wake?.();
    await loop;
    loop = null;
  }

  return { id, runOnce, start, stop };
}
