// npm run bench:dashboard [-- --people N] [-- --pairs N] [-- --sessions N] [-- --requests N] [-- --warmup N] [-- --json]
// Fills a database with an organisation of N people (default 10,000), 2,500 live pairs and
// 100,000 logged sessions with two years of HR history, serves it with the production build
// (`npm start`, which builds when the sources changed, with one app server process per core on
// PostgreSQL), signs in as an executive and drives the dashboard and (as a coordinator) one
// programme's KPI matrix with autocannon at 20 concurrent users. Prints p50, p95 and p99 of each.
// Runs on a fresh embedded database in .data/bench-dashboard, or on BENCH_DATABASE_URL, which it
// empties first. The pages read stored evaluation figures: the first request to each computes and
// stores them (its time is printed as "first request"); --warmup untimed requests (default 100)
// then warm every process, and the timed requests read the figures, as users do between two runs
// of the evaluation.refresh job.
import "./load-env";
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const peopleCount = flag("--people", 10_000);
const pairCount = flag("--pairs", 2_500);
const sessionCount = flag("--sessions", 100_000);
const requests = flag("--requests", 200);
const warmupRequests = flag("--warmup", 100);
const connections = flag("--connections", 20);
const port = flag("--port", 3300);
const benchDir = ".data/bench-dashboard";
const postgres = process.env.BENCH_DATABASE_URL;

if (postgres) process.env.DATABASE_URL = postgres;
else {
  delete process.env.DATABASE_URL;
  rmSync(benchDir, { recursive: true, force: true });
  process.env.PGLITE_DATA_DIR = benchDir;
}

const { db, disconnectDb, getDbAdapterFactory } = await import("@/lib/db/client");
const { applyPendingMigrations } = await import("@/lib/db/migrations");
const { hashPassword } = await import("@/lib/auth/password");
const { applyKpiTemplate } = await import("@/lib/kpi/kpi-rows");
const { dayMs } = await import("@/lib/dates");
const { env, serverProcessCount } = await import("@/lib/env");

const password = "bench-password-1";
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);
// A fixed sequence, so two runs bench the same organisation.
let state = 42;
const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

async function fill(): Promise<{ programId: string }> {
  await applyPendingMigrations(getDbAdapterFactory());
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);

  const departments = ["Engineering", "Sales", "Marketing", "Finance", "Operations", "People", "Product", "Support"];
  await db.department.createMany({ data: departments.map((name) => ({ id: `bench-dep-${name}`, name })) });
  const locations = ["London", "Berlin", "Austin", "Singapore", "New York"];
  const hash = await hashPassword(password);
  const people = Array.from({ length: peopleCount }, (_, k) => ({
    id: `bench-user-${k}`,
    email: `person${k}@bench.example`,
    name: `Bench Person ${k}`,
    role: k === 0 ? ("EXECUTIVE" as const) : k === 1 ? ("COORDINATOR" as const) : ("EMPLOYEE" as const),
    passwordHash: k < 2 ? hash : null,
    departmentId: `bench-dep-${pick(departments)}`,
    level: 1 + Math.floor(random() * 8),
    location: pick(locations),
    hireDate: daysAgo(60 + Math.floor(random() * 3000)),
  }));
  for (let k = 0; k < people.length; k += 2000) await db.user.createMany({ data: people.slice(k, k + 2000) });

  // Two years of HR history: salaries for everyone, voluntary and other exits, promotions.
  const events = people.flatMap((person) => {
    const rows: {
      userId: string;
      kind: "SALARY" | "EXIT" | "PROMOTION";
      occurredOn: Date;
      voluntary?: boolean;
      annualSalary?: number;
      newLevel?: number;
    }[] = [{ userId: person.id, kind: "SALARY", occurredOn: daysAgo(400), annualSalary: 30_000 + person.level * 9_000 }];
    const roll = random();
    if (roll < 0.14)
      rows.push({ userId: person.id, kind: "EXIT", occurredOn: daysAgo(Math.floor(random() * 700)), voluntary: roll < 0.1 });
    if (random() < 0.12)
      rows.push({
        userId: person.id,
        kind: "PROMOTION",
        occurredOn: daysAgo(Math.floor(random() * 700)),
        newLevel: person.level + 1,
      });
    return rows;
  });
  for (let k = 0; k < events.length; k += 5000) await db.hrEvent.createMany({ data: events.slice(k, k + 5000) });

  // Four running programmes; their pairs started 3 to 15 months ago.
  const programs = Array.from({ length: 4 }, (_, k) => ({
    id: `bench-program-${k}`,
    slug: `bench-programme-${k}`,
    name: `Bench Programme ${k + 1}`,
    status: "ACTIVE" as const,
    startDate: daysAgo(450 - k * 90),
    endDate: daysAgo(-300),
    createdById: people[1]!.id,
  }));
  await db.program.createMany({ data: programs });
  await db.budgetLine.createMany({
    data: programs.map((p) => ({
      programId: p.id,
      description: "Training and events",
      category: "TRAINING",
      amountCents: 4_000_000,
    })),
  });
  const mentorPool = Math.ceil(pairCount / 2);
  const participations = [
    ...Array.from({ length: mentorPool }, (_, k) => ({
      id: `bench-mentor-${k}`,
      programId: programs[k % programs.length]!.id,
      userId: people[2 + k]!.id,
      role: "MENTOR" as const,
      status: "APPROVED" as const,
      capacity: 2,
    })),
    ...Array.from({ length: pairCount }, (_, k) => ({
      id: `bench-mentee-${k}`,
      programId: programs[Math.floor(k / 2) % programs.length]!.id,
      userId: people[2 + mentorPool + k]!.id,
      role: "MENTEE" as const,
      status: "APPROVED" as const,
    })),
  ];
  for (let k = 0; k < participations.length; k += 2000)
    await db.participation.createMany({ data: participations.slice(k, k + 2000) });
  const matches = Array.from({ length: pairCount }, (_, k) => {
    const programIndex = Math.floor(k / 2) % programs.length;
    return {
      id: `bench-match-${k}`,
      programId: programs[programIndex]!.id,
      mentorId: `bench-mentor-${Math.floor(k / 2)}`,
      menteeId: `bench-mentee-${k}`,
      status: "ACTIVE" as const,
      score: 0.5 + random() / 2,
      startedAt: daysAgo(90 + Math.floor(random() * 360)),
    };
  });
  await db.match.createMany({ data: matches });
  const perPair = Math.ceil(sessionCount / pairCount);
  // Each pair's sessions spread evenly from its start to yesterday.
  const sessions = matches
    .flatMap((match) => {
      const step = (now.getTime() - dayMs - match.startedAt.getTime()) / (perPair + 1);
      return Array.from({ length: perPair }, (_, s) => ({
        matchId: match.id,
        occurredAt: new Date(match.startedAt.getTime() + Math.round((s + 1) * step)),
        durationMinutes: 45 + 15 * (s % 3),
        usefulness: 3 + (s % 3),
        status: "LOGGED" as const,
      }));
    })
    .slice(0, sessionCount);
  for (let k = 0; k < sessions.length; k += 5000) await db.mentoringSession.createMany({ data: sessions.slice(k, k + 5000) });

  const coordinator = { id: people[1]!.id, name: people[1]!.name, email: people[1]!.email, role: "COORDINATOR" as const };
  for (const program of programs) await applyKpiTemplate(coordinator, { programId: program.id, template: "retention" });
  return { programId: programs[0]!.id };
}

function startServer(): ChildProcess {
  const server = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-1234",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
        process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "YmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtYmVuY2gtMTI=",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  server.stdout!.on("data", () => {});
  return server;
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs / 1000} s.`);
}

/** Signs in through the auth API and returns the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`Signing in as ${email} failed.`);
  return session;
}

/** CPU seconds used so far by the processes of one process group (the app server's), from /proc. */
function groupCpuSeconds(groupId: number): number {
  const ticksPerSecond = 100;
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which may hold spaces: state ppid pgrp … utime(14) stime(15).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while we read.
    }
  }
  return ticks / ticksPerSecond;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function load(url: string, cookie: string, serverGroup: number) {
  const cpuBefore = groupCpuSeconds(serverGroup);
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, amount: requests, timeout: 600, headers: { cookie } }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
      else errors += 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: result.requests.average,
    // What one page costs the app server; with the users' requests queued on two cores, it sets the latency.
    serverCpuMsPerRequest: ((groupCpuSeconds(serverGroup) - cpuBefore) * 1000) / Math.max(1, latencies.length),
    non200: errors + result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const started = performance.now();
const { programId } = await fill();
const fillSeconds = Math.round((performance.now() - started) / 1000);
const counts = {
  people: await db.user.count(),
  pairs: await db.match.count(),
  sessions: await db.mentoringSession.count(),
  hrEvents: await db.hrEvent.count(),
};
await disconnectDb();

const server = startServer();
const base = `http://localhost:${port}`;
try {
  await waitFor(`${base}/login`, 600_000);
  // The executive reads the dashboard; the KPI matrix is the programme office's.
  const executive = await signIn(base, "person0@bench.example");
  const coordinator = await signIn(base, "person1@bench.example");
  const pages = [
    { path: "/dashboard", cookie: executive },
    { path: `/programs/${programId}/evaluation`, cookie: coordinator },
  ];
  // One request each first, so the figures are of a warm server, and to check the pages answer.
  const firstRequestMs: Record<string, number> = {};
  for (const { path, cookie } of pages) {
    const warm = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}.`);
    firstRequestMs[path] = Math.round(performance.now() - warm);
  }
  // Then untimed load on each, so every app server process has compiled its hot code, as a server
  // that has been up for a while has.
  for (const { path, cookie } of pages)
    await autocannon({ url: `${base}${path}`, connections, amount: warmupRequests, timeout: 600, headers: { cookie } });
  const dashboard = await load(`${base}${pages[0]!.path}`, pages[0]!.cookie, server.pid!);
  const matrix = await load(`${base}${pages[1]!.path}`, pages[1]!.cookie, server.pid!);
  const result = {
    database: postgres ? "postgresql" : "pglite",
    serverProcesses: serverProcessCount(env(), availableParallelism()),
    ...counts,
    fillSeconds,
    connections,
    requests,
    firstRequestMs,
    dashboard,
    kpiMatrix: matrix,
  };
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    console.log(
      `bench:dashboard on ${result.database} (${result.serverProcesses} app server ${result.serverProcesses === 1 ? "process" : "processes"}): ${counts.people} people, ${counts.pairs} pairs, ${counts.sessions} sessions, ${counts.hrEvents} HR events (filled in ${fillSeconds} s)`,
    );
    console.log(
      `  first request: ${Object.entries(firstRequestMs)
        .map(([path, ms]) => `${path} ${ms} ms`)
        .join(", ")}`,
    );
    for (const [name, figures] of [
      ["dashboard", dashboard],
      ["KPI matrix", matrix],
    ] as const) {
      console.log(
        `  ${name.padEnd(10)} ${connections} users, ${requests} requests: ${figures.requests} OK, p50 ${Math.round(figures.p50)} ms, p95 ${Math.round(figures.p95)} ms, p99 ${Math.round(figures.p99)} ms, ${figures.non200} not OK; ${Math.round(figures.requestsPerSecond)} requests/s, app server ${Math.round(figures.serverCpuMsPerRequest)} ms CPU per request`,
      );
    }
  }
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
