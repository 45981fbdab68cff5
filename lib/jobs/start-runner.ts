import "server-only";
import { jobHandlers, recurringJobs } from "@/lib/jobs/registry";
import { createJobRunner, type JobRunner } from "@/lib/jobs/runner";

const holder = globalThis as typeof globalThis & { __pairwiseJobRunner?: JobRunner };

/** The app's own runner, one per process (kept across hot reloads), polling every few seconds. */
export function startJobRunner(pollMs = 5_000): JobRunner {
  if (!holder.__pairwiseJobRunner) {
    holder.__pairwiseJobRunner = createJobRunner({ handlers: jobHandlers, recurring: recurringJobs });
    holder.__pairwiseJobRunner.start(pollMs);
  }
  return holder.__pairwiseJobRunner;
}
