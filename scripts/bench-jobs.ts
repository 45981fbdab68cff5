// npm run bench:jobs [-- --jobs N] [-- --runners R] [-- --json]: throughput of the job runner
// (N due jobs drained by R runners, each with its own connection pool on PostgreSQL) and the time
// from a job being due to it starting while runners poll. Runs on a fresh in-memory database, or
// on BENCH_DATABASE_URL, whose Job table it empties.
import { openBenchDatabase, printBenchResult } from "./bench-support";

const { db, disconnectDb } = await openBenchDatabase();

const { PrismaPg } = await import("@prisma/adapter-pg");
const { PrismaClient } = await import("@/lib/db/generated/client");
const { enqueueJobs } = await import("@/lib/jobs/enqueue-job");
const { createJobRunner } = await import("@/lib/jobs/runner");

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const jobs = flag("--jobs", 2000);
const runnerCount = process.env.DATABASE_URL ? flag("--runners", 2) : 1;
const pollMs = flag("--poll", 250);

await db.$executeRawUnsafe(`TRUNCATE TABLE "Job"`);
const clients = Array.from({ length: runnerCount }, (_, i) =>
  i === 0 || !process.env.DATABASE_URL
    ? db
    : new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) }),
);
// Each job does one round trip to the database, like the smallest real job.
const handlers = (i: number) => ({ noop: async () => clients[i]!.$queryRaw`SELECT 1` });

// 1. Throughput: every job already due, runners draining as fast as they can.
const now = new Date();
await enqueueJobs(Array.from({ length: jobs }, () => ({ name: "noop", runAt: now })));
const runners = clients.map((client, i) => createJobRunner({ client, handlers: handlers(i), batchSize: 50 }));
const started = performance.now();
await Promise.all(
  runners.map(async (runner) => {
    while ((await runner.runOnce()).claimed > 0);
  }),
);
const seconds = (performance.now() - started) / 1000;
const done = await db.job.count({ where: { status: "SUCCEEDED" } });
const twice = await db.job.count({ where: { attempts: { gt: 1 } } });

// 2. Latency: jobs fall due over a few seconds while the runners poll.
await db.$executeRawUnsafe(`TRUNCATE TABLE "Job"`);
const spread = 200;
const base = Date.now() + 500;
await enqueueJobs(Array.from({ length: spread }, (_, i) => ({ name: "noop", runAt: new Date(base + i * 20) })));
const polling = clients.map((client, i) => createJobRunner({ client, handlers: handlers(i), batchSize: 50 }));
polling.forEach((runner) => runner.start(pollMs));
while ((await db.job.count({ where: { status: "SUCCEEDED" } })) < spread) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
await Promise.all(polling.map((runner) => runner.stop()));
const waits = (await db.job.findMany({ select: { runAt: true, startedAt: true } }))
  .map((j) => j.startedAt!.getTime() - j.runAt.getTime())
  .sort((a, b) => a - b);
const percentile = (p: number) => waits[Math.min(waits.length - 1, Math.floor((p / 100) * waits.length))]!;

const result = {
  database: process.env.DATABASE_URL ? "postgresql" : "pglite",
  runners: runnerCount,
  jobs,
  jobsDone: done,
  runMoreThanOnce: twice,
  seconds: Number(seconds.toFixed(2)),
  jobsPerSecond: Math.round(done / seconds),
  pollMs,
  dueToRunP50Ms: percentile(50),
  dueToRunP95Ms: percentile(95),
  dueToRunMaxMs: waits[waits.length - 1],
};
printBenchResult(result);
await Promise.all(clients.slice(1).map((c) => c.$disconnect()));
await disconnectDb();
