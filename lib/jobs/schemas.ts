import { z } from "zod";
import { cronProblem } from "@/lib/jobs/cron";

export const retryJobSchema = z.object({ jobId: z.string().min(1) });

export const jobScheduleSchema = z.object({
  name: z.string().min(1),
  cron: z
    .string()
    .trim()
    .min(1, "Enter a cron expression, e.g. 0 7 * * 1 for Mondays at 07:00 UTC.")
    .superRefine((value, context) => {
      const problem = cronProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
});

export type JobScheduleInput = z.infer<typeof jobScheduleSchema>;
