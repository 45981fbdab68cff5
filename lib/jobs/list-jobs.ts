import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { jobDescriptions } from "@/lib/jobs/registry";

/** The jobs page: each recurring job with its last and next run, then failures and recent runs. */
export async function listJobs(actor: Actor) {
  requirePermission(actor, "jobs:manage");
  const [schedules, failures, recent, waiting] = await Promise.all([
    db.jobSchedule.findMany({ orderBy: { name: "asc" } }),
    db.job.findMany({
      where: { OR: [{ status: "FAILED" }, { status: "PENDING", lastError: { not: null } }] },
      orderBy: [{ finishedAt: "desc" }, { id: "asc" }],
      take: 50,
      select: {
        id: true,
        name: true,
        status: true,
        attempts: true,
        maxAttempts: true,
        runAt: true,
        finishedAt: true,
        lastError: true,
      },
    }),
    db.job.findMany({
      where: { status: { in: ["SUCCEEDED", "RUNNING"] } },
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      take: 20,
      select: { id: true, name: true, status: true, startedAt: true, finishedAt: true, attempts: true, lockedBy: true },
    }),
    db.job.count({ where: { status: "PENDING" } }),
  ]);
  const lastRuns = await Promise.all(
    schedules.map((s) =>
      db.job.findFirst({
        where: { name: s.name, startedAt: { not: null } },
        orderBy: { startedAt: "desc" },
        select: { status: true, startedAt: true, finishedAt: true, lastError: true },
      }),
    ),
  );
  return {
    waiting,
    schedules: schedules.map((s, i) => ({
      name: s.name,
      description: jobDescriptions[s.name] ?? s.name,
      cron: s.cron,
      nextRunAt: s.nextRunAt,
      lastRun: lastRuns[i] ?? null,
    })),
    failures: failures.map((f) => ({ ...f, description: jobDescriptions[f.name] ?? f.name })),
    recent: recent.map((r) => ({ ...r, description: jobDescriptions[r.name] ?? r.name })),
  };
}
