import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { nextCronRun } from "@/lib/jobs/cron";
import type { JobScheduleInput } from "@/lib/jobs/schemas";

/** Changes when a recurring job runs; the next run moves to the new schedule at once. */
export async function updateJobSchedule(actor: Actor, input: JobScheduleInput, now = new Date()): Promise<Date> {
  requirePermission(actor, "jobs:manage");
  const nextRunAt = nextCronRun(input.cron, now);
  const updated = await db.jobSchedule.updateMany({ where: { name: input.name }, data: { cron: input.cron, nextRunAt } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "There is no recurring job with that name.");
  return nextRunAt;
}
