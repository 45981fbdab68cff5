// npm start: checks the environment, migrates the database (and seeds the embedded one on its
// first run), builds the app when the sources changed since the last build, then serves it.
import "./load-env";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { demoSignIns } from "@/lib/db/seed/org-chart";
import { env, EnvError, serverInstanceProblems, serverProcessCount } from "@/lib/env";
import { engineErrorMessage } from "@/lib/db/schema-engine";
import { prepareDatabase } from "./prepare-database";
import { printSignIns } from "./print-sign-ins";
import { nextStart, serveProcesses } from "./serve-processes";

const buildInputs = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "tailwind.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
];
const stampFile = join(".next", "pairwise-build-stamp");

function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
    } else {
      hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  buildInputs.forEach(visit);
  return hash.digest("hex");
}

function buildIfStale(): void {
  const stamp = sourceStamp();
  const built = existsSync(join(".next", "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("Building Pairwise for production (first start, or the sources changed); this takes a minute or two…");
  const result = spawnSync("next", ["build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error("next build failed; see the messages above.");
  writeFileSync(stampFile, stamp);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? "3000"}`;
  const problems = serverInstanceProblems(env());
  if (problems.length > 0) throw new EnvError(problems);
  const demo = await prepareDatabase();
  buildIfStale();
  const port = process.env.PORT ?? "3000";
  const processes = serverProcessCount(env(), availableParallelism());
  const server = serveProcesses(nextStart(port), processes);
  if (demo) {
    printSignIns(demoSignIns);
  }
  console.log(
    `Pairwise is starting on http://localhost:${port} (${processes === 1 ? "one app server process" : `${processes} app server processes`})`,
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.stop(signal));
  process.exit(await server.stopped);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : `Pairwise could not start: ${engineErrorMessage(error)}`);
  process.exit(1);
});
