// Starts the background job runner with the server: only in the Node.js runtime (not Edge),
// never while `next build` renders pages, and not when JOB_RUNNER=off hands the work to
// `npm run worker` processes.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env().JOB_RUNNER === "off") return;
  const { startJobRunner } = await import("@/lib/jobs/start-runner");
  startJobRunner();
}
