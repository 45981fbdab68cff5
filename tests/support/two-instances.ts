// Two instances of one production build behind a round-robin proxy, on one PostgreSQL database:
// the topology of compose.yaml, started without containers for tests/two-instances.
//
//   TWO_INSTANCES_DATABASE_URL=postgresql://… npx tsx tests/support/two-instances.ts
//
// Builds only when there is no build yet (.next/BUILD_ID); migrates the database (and seeds it
// when empty); starts `next start` twice from that one .next on LB_PORT+1 and LB_PORT+2 with
// the same NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY; serves the proxy on LB_PORT.
// The proxy answers GET /__lb/requests with what it forwarded (and DELETE clears it).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import type { Forwarded } from "./forwarded-request";

const databaseUrl = process.env.TWO_INSTANCES_DATABASE_URL;
if (!databaseUrl) {
  console.error("Set TWO_INSTANCES_DATABASE_URL to a PostgreSQL database the test may write to.");
  process.exit(2);
}
const proxyPort = Number(process.env.LB_PORT ?? 3110);
const instancePorts = [proxyPort + 1, proxyPort + 2];
const publicUrl = `http://localhost:${proxyPort}`;
const next = join("node_modules", ".bin", "next");
const tsx = ["--import", "tsx", "--import", "./scripts/server-only-hook.mjs"];

const shared: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: databaseUrl,
  NEXTAUTH_URL: publicUrl,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "two-instances-test-secret-0123456789abcdef",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "dHdvLWluc3RhbmNlcy10ZXN0LWtleS0wMTIzNDU2Nzg=",
  // The proxy appends the client's address to X-Forwarded-For: one trusted hop.
  TRUSTED_PROXY_COUNT: "1",
};

function run(args: string[], label: string): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: shared });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}).`);
}

if (!existsSync(join(".next", "BUILD_ID"))) {
  const build = spawnSync(next, ["build"], { stdio: "inherit", env: shared });
  if (build.status !== 0) throw new Error("next build failed.");
}
run([...tsx, "scripts/db-migrate.ts"], "Migrating");
run([...tsx, "scripts/db-seed.ts"], "Seeding");

const instances: ChildProcess[] = instancePorts.map((port) =>
  spawn(next, ["start", "-p", String(port)], { stdio: ["ignore", "inherit", "inherit"], env: shared }),
);

let forwarded: Forwarded[] = [];
// Pages and server actions take turns separately: the number of page requests between two
// actions varies with the router's prefetching, and one shared turn could send every action to
// the same instance. With their own turn, consecutive actions always reach different instances.
const turns = { page: 0, action: 0 };

const proxy = http.createServer((request, response) => {
  if (request.url === "/__lb/requests") {
    if (request.method === "DELETE") {
      forwarded = [];
      turns.page = 0;
      turns.action = 0;
    }
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(forwarded));
    return;
  }
  const action = Boolean(request.headers["next-action"]);
  const kind = action ? "action" : "page";
  const instance = turns[kind];
  turns[kind] = (instance + 1) % instancePorts.length;
  // Logged in the order the proxy sent them; the status is filled in when the answer comes.
  const entry: Forwarded = {
    method: request.method ?? "GET",
    path: request.url ?? "/",
    instance: instance + 1,
    status: 0,
    action,
  };
  forwarded.push(entry);
  const client = request.socket.remoteAddress ?? "";
  const forwardedFor = [request.headers["x-forwarded-for"], client].filter(Boolean).join(", ");
  const upstream = http.request(
    {
      host: "127.0.0.1",
      port: instancePorts[instance],
      method: request.method,
      path: request.url,
      headers: { ...request.headers, "x-forwarded-for": forwardedFor, "x-forwarded-proto": "http" },
    },
    (answer) => {
      entry.status = answer.statusCode ?? 0;
      response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(response);
    },
  );
  upstream.on("error", (error) => {
    entry.status = 502;
    response.writeHead(502, { "content-type": "text/plain" });
    response.end(`Instance ${instance + 1} did not answer: ${error.message}`);
  });
  request.pipe(upstream);
});
proxy.listen(proxyPort, () => {
  console.log(`Round-robin proxy on ${publicUrl} → instances on ports ${instancePorts.join(" and ")}`);
});

function stop(): void {
  proxy.close();
  for (const child of instances) child.kill("SIGTERM");
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
for (const child of instances) child.on("exit", (code) => code && console.error(`An instance exited with code ${code}.`));
