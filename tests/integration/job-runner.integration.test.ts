import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type PrismaClient } from "@/lib/db/client";
import { PrismaClient as Client } from "@/lib/db/generated/client";
import { claimDueJobs } from "@/lib/jobs/claim-jobs";
import { enqueueJobs } from "@/lib/jobs/enqueue-job";
import { createJobRunner, type JobHandler, type JobRunner } from "@/lib/jobs/runner";
import { queueDueSchedules, ensureSchedules } from "@/lib/jobs/schedules";

const t0 = new Date("2026-03-02T09:00:00Z");
const seconds = (n: number) => new Date(t0.getTime() + n * 1000);

// On PostgreSQL the second runner gets its own client and connection pool, as a second app
// instance would; the embedded database serves one process, so there both share one client.
const secondClients: PrismaClient[] = [];
function anotherClient(): PrismaClient {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return db;
  const client = new Client({ adapter: new PrismaPg({ connectionString: url }) });
  secondClients.push(client);
  return client;
}
afterAll(async () => {
  await Promise.all(secondClients.map((c) => c.$disconnect()));
});

async function drain(runner: JobRunner): Promise<void> {
  while ((await runner.runOnce()).claimed > 0);
}

function recordingHandler(runs: string[], client: PrismaClient = db): JobHandler {
  return async (_payload, { job }) => {
    // A round trip to the database, so the runners interleave without any sleep.
    await client.$queryRaw`SELECT 1`;
    runs.push(job.id);
  };
}

describe("job runner", () => {
  it("runs 200 due jobs across two runners on one database: none twice, none lost", async () => {
    await enqueueJobs(Array.from({ length: 200 }, (_, i) => ({ name: "count", runAt: seconds(-i), payload: { i } })));
    const runs: string[] = [];
    const other = anotherClient();
    const a = createJobRunner({ handlers: { count: recordingHandler(runs) }, now: () => t0, batchSize: 7, runnerId: "a" });
    const b = createJobRunner({
      client: other,
      handlers: { count: recordingHandler(runs, other) },
      now: () => t0,
      batchSize: 7,
      runnerId: "b",
    });
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);

    expect(runs).toHaveLength(200);
    expect(new Set(runs).size).toBe(200);
    expect(await db.job.count({ where: { status: "SUCCEEDED", attempts: 1 } })).toBe(200);
    const byRunner = await db.job.groupBy({ by: ["status"], _count: true });
    expect(byRunner).toEqual([{ status: "SUCCEEDED", _count: 200 }]);
  });

  it("does not run a job before it is due", async () => {
    await enqueueJobs([{ name: "count", runAt: seconds(60) }]);
    const runs: string[] = [];
    let now = t0;
    const runner = createJobRunner({ handlers: { count: recordingHandler(runs) }, now: () => now });
    expect((await runner.runOnce()).claimed).toBe(0);
    now = seconds(60);
    expect((await runner.runOnce()).succeeded).toBe(1);
    expect(runs).toHaveLength(1);
  });

  it("retries a failing job with growing delays, then marks it failed with the error", async () => {
    await enqueueJobs([{ name: "flaky", runAt: t0, maxAttempts: 4 }]);
    let now = t0;
    const attemptsAt: Date[] = [];
    const runner = createJobRunner({
      handlers: {
        flaky: async (_payload, context) => {
          attemptsAt.push(context.now);
          throw new Error("The mail server said no");
        },
      },
      now: () => now,
    });
    await runner.runOnce();
    for (let retry = 0; retry < 3; retry += 1) {
      const { runAt } = await db.job.findFirstOrThrow();
      now = new Date(runAt.getTime() - 1000);
      expect((await runner.runOnce()).claimed).toBe(0); // not a second early
      now = runAt;
      expect((await runner.runOnce()).claimed).toBe(1);
    }
    const gaps = attemptsAt.slice(1).map((at, i) => (at.getTime() - attemptsAt[i]!.getTime()) / 1000);
    expect(gaps).toEqual([30, 60, 120]);
    const job = await db.job.findFirstOrThrow();
    expect(job).toMatchObject({ status: "FAILED", attempts: 4, lastError: "The mail server said no" });
  });

  it("hands back the rest of its batch when stopped mid-batch, and another runner finishes it", async () => {
    await enqueueJobs(Array.from({ length: 10 }, (_, i) => ({ name: "count", runAt: seconds(-i) })));
    const runs: string[] = [];
    const first: JobRunner = createJobRunner({
      handlers: {
        count: async (payload, context) => {
          await recordingHandler(runs)(payload, context);
          if (runs.length === 3) void first.stop();
        },
      },
      now: () => t0,
      batchSize: 10,
    });
    const summary = await first.runOnce();
    expect(summary).toMatchObject({ claimed: 10, succeeded: 3, released: 7 });
    expect(await db.job.count({ where: { status: "RUNNING" } })).toBe(0);
    expect(await db.job.count({ where: { status: "PENDING", attempts: 0, lockedBy: null } })).toBe(7);

    const second = createJobRunner({ handlers: { count: recordingHandler(runs) }, now: () => t0 });
    await drain(second);
    expect(runs).toHaveLength(10);
    expect(new Set(runs).size).toBe(10);
  });

  it("takes back jobs from a runner that died holding them, after the lease", async () => {
    await enqueueJobs([{ name: "count", runAt: t0 }]);
    expect(await claimDueJobs(db, "killed-runner", t0, 10)).toHaveLength(1);
    const runs: string[] = [];
    let now = seconds(60);
    const runner = createJobRunner({ handlers: { count: recordingHandler(runs) }, now: () => now, leaseMs: 600_000 });
    expect((await runner.runOnce()).claimed).toBe(0);
    now = seconds(601);
    await runner.runOnce(); // reclaims: the interrupted attempt counts and waits its backoff
    now = seconds(700);
    await drain(runner);
    expect(runs).toHaveLength(1);
    expect(await db.job.findFirstOrThrow()).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
  });

  it("records a job with no handler as a failure that says so", async () => {
    await enqueueJobs([{ name: "nobody-handles-this", runAt: t0, maxAttempts: 1 }]);
    await createJobRunner({ handlers: {}, now: () => t0 }).runOnce();
    expect(await db.job.findFirstOrThrow()).toMatchObject({
      status: "FAILED",
      lastError: 'No handler is registered for the job "nobody-handles-this".',
    });
  });

  it("queues a recurring job once per due time, however many runners look", async () => {
    await ensureSchedules(db, [{ name: "count", cron: "0 * * * *" }], t0);
    await ensureSchedules(db, [{ name: "count", cron: "*/5 * * * *" }], t0);
    expect(await db.jobSchedule.findUniqueOrThrow({ where: { name: "count" } })).toMatchObject({
      cron: "0 * * * *",
      nextRunAt: new Date("2026-03-02T10:00:00Z"),
    });
    const at = new Date("2026-03-02T10:00:30Z");
    const counts = await Promise.all(Array.from({ length: 5 }, () => queueDueSchedules(db, at)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await db.job.findFirstOrThrow()).toMatchObject({
      name: "count",
      runAt: new Date("2026-03-02T10:00:00Z"),
      dedupeKey: "count@2026-03-02T10:00:00.000Z",
    });
    expect((await db.jobSchedule.findUniqueOrThrow({ where: { name: "count" } })).nextRunAt).toEqual(
      new Date("2026-03-02T11:00:00Z"),
    );
    // Missed runs after an outage collapse into one catch-up run.
    expect(await queueDueSchedules(db, new Date("2026-03-02T15:10:00Z"))).toBe(1);
    expect(await db.job.count()).toBe(2);
  });
});

describe("the jobs page", () => {
  it("is for administrators: lists schedules and failures, retries a failed job now, refuses a bad schedule", async () => {
    const { createActor } = await import("../factories");
    const { listJobs } = await import("@/lib/jobs/list-jobs");
    const { retryJobNow } = await import("@/lib/jobs/retry-job");
    const { updateJobSchedule } = await import("@/lib/jobs/update-schedule");
    const { jobScheduleSchema } = await import("@/lib/jobs/schemas");
    const { recurringJobs } = await import("@/lib/jobs/registry");
    const admin = await createActor("ADMIN");
    await expect(listJobs(await createActor("COORDINATOR"))).rejects.toMatchObject({ status: 403 });

    await ensureSchedules(db, recurringJobs, t0);
    await enqueueJobs([{ name: "digest.weekly", runAt: t0, maxAttempts: 1 }]);
    await createJobRunner({
      handlers: {
        "digest.weekly": async () => {
          throw new Error("Database went away");
        },
      },
      now: () => t0,
    }).runOnce();
    const listed = await listJobs(admin);
    expect(listed.schedules.map((s) => s.name)).toContain("outbox.deliver");
    expect(listed.schedules.find((s) => s.name === "digest.weekly")!.lastRun).toMatchObject({
      status: "FAILED",
      lastError: "Database went away",
    });
    const failure = listed.failures[0]!;
    expect(failure).toMatchObject({
      description: "Sends each person their weekly digest; coordinators get the check-in queue in it",
      lastError: "Database went away",
    });

    await retryJobNow(admin, { jobId: failure.id }, seconds(10));
    expect(await db.job.findUniqueOrThrow({ where: { id: failure.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      runAt: seconds(10),
    });
    await expect(retryJobNow(admin, { jobId: failure.id })).resolves.toBeUndefined();

    const bad = jobScheduleSchema.safeParse({ name: "digest.weekly", cron: "every monday" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]).toMatchObject({ path: ["cron"] });
    expect(await updateJobSchedule(admin, { name: "digest.weekly", cron: "30 6 * * 5" }, t0)).toEqual(
      new Date("2026-03-06T06:30:00Z"),
    );
    expect((await db.jobSchedule.findUniqueOrThrow({ where: { name: "digest.weekly" } })).cron).toBe("30 6 * * 5");
  });
});
