"use server";

import type { ActionResult } from "@/lib/action-result";
import { formatDateTime } from "@/lib/format";
import { retryJobNow } from "@/lib/jobs/retry-job";
import { jobScheduleSchema, retryJobSchema } from "@/lib/jobs/schemas";
import { updateJobSchedule } from "@/lib/jobs/update-schedule";
import { runAction } from "@/app/_server/run-action";

export async function retryJobAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: retryJobSchema,
    input,
    run: (actor, parsed) => retryJobNow(actor, parsed),
    success: () => "Queued to run now.",
    revalidate: ["/admin/jobs"],
  });
}

export async function updateJobScheduleAction(input: unknown): Promise<ActionResult> {
  return runAction({
    schema: jobScheduleSchema,
    input,
    run: (actor, parsed) => updateJobSchedule(actor, parsed),
    success: (next) => `Schedule saved. Next run: ${formatDateTime(next)}.`,
    revalidate: ["/admin/jobs"],
  });
}
