// Starts the background job runner with the server: only in the Node.js runtime (not Edge),
// never while `next build` renders pages, and not when JOB_RUNNER=off hands the work to
// `npm run worker` processes. A production server on PostgreSQL (`next start`, or the standalone
// server in the container image) first checks the keys every instance must share, and stops
// with their names when one is missing.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env, serverInstanceProblems, EnvError } = await import("@/lib/env");
  const problems = process.env.NODE_ENV === "production" ? serverInstanceProblems(env()) : [];
  if (problems.length > 0) {
    console.error(new EnvError(problems).message);
    process.exit(1);
  }
  if (env().JOB_RUNNER === "off") return;
  const { startJobRunner } = await import("@/lib/jobs/start-runner");
  startJobRunner();
}
