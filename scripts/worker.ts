// npm run worker: runs background jobs (e-mail, reminders, pulses, digests) without serving
// pages. Start as many as you like against one PostgreSQL database; each job runs once. Stop
// with Ctrl+C: the job in hand finishes and the rest of the batch goes back to the queue.
import "./load-env";
import { databaseTarget, describeTarget } from "@/lib/db/adapter";
import { disconnectDb } from "@/lib/db/client";
import { withMigrationLock } from "@/lib/db/migration-lock";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { getDbAdapterFactory } from "@/lib/db/client";
import { jobHandlers, recurringJobs } from "@/lib/jobs/registry";
import { createJobRunner } from "@/lib/jobs/runner";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  if (target.kind === "embedded") {
    console.log(
      "The embedded database serves one process, and the app already runs jobs itself. Set DATABASE_URL to run separate workers.",
    );
    return;
  }
  await withMigrationLock(target, () => applyPendingMigrations(getDbAdapterFactory()));
  const runner = createJobRunner({ handlers: jobHandlers, recurring: recurringJobs });
  runner.start(Number(process.env.WORKER_POLL_MS ?? 2_000));
  console.log(`Pairwise worker ${runner.id} is running jobs on ${describeTarget(target)}.`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve());
  });
  console.log("Stopping: finishing the job in hand…");
  await runner.stop();
  await disconnectDb();
});
