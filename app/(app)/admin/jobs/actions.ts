"use server";

import type { ActionResult } from "@/lib/action-result";
import { formatDateTime } from "@/lib/format";
import { retryJobNow } from "@/lib/jobs/retry-job";
import { jobScheduleSchema, retryJobSchema } from "@/lib/jobs/schemas";
import { updateJobSchedule } from "@/lib/jobs/update-schedule";
import { act } from "@/app/_server/run-action";

export async function retryJobAction(input: unknown): Promise<ActionResult> {
  return act(input, retryJobSchema, retryJobNow, () => "Queued to run now.", ["/admin/jobs"]);
}

export async function updateJobScheduleAction(input: unknown): Promise<ActionResult> {
  return act(input, jobScheduleSchema, updateJobSchedule, (next) => `Schedule saved. Next run: ${formatDateTime(next)}.`, [
    "/admin/jobs",
  ]);
}
