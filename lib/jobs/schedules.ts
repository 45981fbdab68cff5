import "server-only";
import type { PrismaClient } from "@/lib/db/client";
import { nextCronRun } from "@/lib/jobs/cron";

export interface RecurringJob {
  name: string;
  /** The default cron expression (UTC); an administrator can change it on the jobs page. */
  cron: string;
}

/** Creates the schedule rows that do not exist yet; an administrator's changes are kept. */
export async function ensureSchedules(client: PrismaClient, recurring: RecurringJob[], now: Date): Promise<void> {
  if (recurring.length === 0) return;
  await client.jobSchedule.createMany({
    data: recurring.map((job) => ({ name: job.name, cron: job.cron, nextRunAt: nextCronRun(job.cron, now) })),
    skipDuplicates: true,
  });
}

/**
 * Turns every recurring job that is due into one queued job. The due time is the job's dedupe key
 * and the schedule moves on with a conditional update, so concurrent runners queue it once.
 * Missed runs (the server was down) collapse into one catch-up run.
 */
export async function queueDueSchedules(client: PrismaClient, now: Date): Promise<number> {
  const due = await client.jobSchedule.findMany({ where: { nextRunAt: { lte: now } } });
  let queued = 0;
  for (const schedule of due) {
    const moved = await client.$transaction(async (tx) => {
      const advanced = await tx.jobSchedule.updateMany({
        where: { name: schedule.name, nextRunAt: schedule.nextRunAt },
        data: { nextRunAt: nextCronRun(schedule.cron, now), lastQueuedAt: now },
      });
      if (advanced.count === 0) return 0;
      const created = await tx.job.createMany({
        data: [
          { name: schedule.name, runAt: schedule.nextRunAt, dedupeKey: `${schedule.name}@${schedule.nextRunAt.toISOString()}` },
        ],
        skipDuplicates: true,
      });
      return created.count;
    });
    queued += moved;
  }
  return queued;
}
