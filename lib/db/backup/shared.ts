import "server-only";
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { open } from "node:fs/promises";
import { join, resolve } from "node:path";

/**
 * A backup or restore that stopped before writing anything. exitCode 2 means the input was wrong
 * (a missing file, the wrong kind of backup); 1 means the database was not in a state to proceed.
 */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

/** Rows in the tables an operator recognises, so a backup or a restore is visibly not empty. */
export interface TableCounts {
  users: number;
  programmes: number;
  pairs: number;
  sessions: number;
  /** Migrations recorded in _prisma_migrations. */
  migrations: number;
  /** True when any application table holds a row. */
  holdsData: boolean;
}

const keyTables = { users: "User", programmes: "Program", pairs: "Match", sessions: "MentoringSession" } as const;

/** PGlite and a node-postgres client both answer this. */
export interface Queryable {
  query<T>(sql: string): Promise<{ rows: T[] }>;
}

export async function readCounts(database: Queryable): Promise<TableCounts> {
  const { rows } = await database.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const tables = new Set(rows.map((row) => row.tablename));
  const count = async (table: string) =>
    tables.has(table) ? (await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM public."${table}"`)).rows[0]!.n : 0;
  const appTables = [...tables].filter((table) => table !== "_prisma_migrations");
  const holdsData =
    appTables.length > 0 &&
    (
      await database.query<{ any: boolean }>(
        `SELECT ${appTables.map((table) => `EXISTS (SELECT 1 FROM public."${table}")`).join(" OR ")} AS any`,
      )
    ).rows[0]!.any;
  return {
    users: await count(keyTables.users),
    programmes: await count(keyTables.programmes),
    pairs: await count(keyTables.pairs),
    sessions: await count(keyTables.sessions),
    migrations: await count("_prisma_migrations"),
    holdsData,
  };
}

export function formatCounts(counts: TableCounts): string {
  return `${counts.users} users, ${counts.programmes} programmes, ${counts.pairs} pairs, ${counts.sessions} sessions (${counts.migrations} migrations applied)`;
}

/** 2026-12-08T10:15:00.123Z → 20261208T101500Z: sorts by time and is safe in file names. */
export function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

export type BackupKind = "pg_dump" | "pglite";

export const backupExtension: Record<BackupKind, string> = { pg_dump: "dump", pglite: "tar.gz" };

/** What a file looks like from its first bytes: a pg_dump archive, a gzip (PGlite's tarball), or neither. */
export async function sniffBackup(file: string): Promise<BackupKind | null> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    if (bytesRead === 5 && head.toString("latin1") === "PGDMP") return "pg_dump";
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return "pglite";
    return null;
  } finally {
    await handle.close();
  }
}

export function describeKind(kind: BackupKind): string {
  return kind === "pg_dump"
    ? "a PostgreSQL server backup (pg_dump archive)"
    : "an embedded database backup (PGlite data folder tarball)";
}

/**
 * The embedded folder's absolute path, refusing the in-memory database, which has nothing on
 * disk to back up or restore into.
 */
export function embeddedFolder(dataDir: string): string {
  if (dataDir.startsWith("memory://"))
    throw new BackupError(`PGLITE_DATA_DIR is ${dataDir}: an in-memory database has no folder to back up or restore.`, 2);
  return resolve(dataDir);
}

/** True when the folder holds a PostgreSQL data directory. */
export function isDataFolder(folder: string): boolean {
  return existsSync(join(folder, "PG_VERSION"));
}

export function isEmptyOrMissing(folder: string): boolean {
  return !existsSync(folder) || readdirSync(folder).length === 0;
}

/**
 * PGlite writes postmaster.pid into its folder while a process has the database open and removes
 * it when that process closes the database. Reading or replacing the folder then would give a
 * torn copy, so backup and restore refuse.
 */
export function assertEmbeddedNotInUse(folder: string): void {
  if (!existsSync(join(folder, "postmaster.pid"))) return;
  throw new BackupError(
    `The embedded database in ${folder} is open in another process (npm start, npm run dev or a script): stop it and try again. ` +
      "If nothing is running, it was not closed cleanly: run npm run db:migrate once to close it properly, then try again.",
  );
}

/**
 * Splits a DATABASE_URL into what pg_dump, pg_restore and psql accept: Prisma's own query
 * parameters removed, and the password passed in PGPASSWORD so it never shows in a process list.
 */
export function libpqConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  for (const prismaOnly of [
    "schema",
    "connection_limit",
    "pool_timeout",
    "socket_timeout",
    "pgbouncer",
    "statement_cache_size",
    "sslaccept",
    "sslidentity",
  ])
    parsed.searchParams.delete(prismaOnly);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

/** Runs pg_dump, pg_restore or psql and collects its output; a missing program is named with its package. */
export function runTool(
  program: "pg_dump" | "pg_restore" | "psql",
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? missingTool(program) : error));
    child.on("close", (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}

export function missingTool(program: string): BackupError {
  return new BackupError(
    `${program} was not found on PATH: install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client), at least the server's major version.`,
  );
}

/** The first line of a tool's complaint worth showing, without the program-name prefix. */
export function firstProblem(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.find((l) => /error|fatal|could not|unsupported|mismatch/i.test(l)) ?? lines[0] ?? "no details given";
  return line.replace(/^(pg_dump|pg_restore|psql)(:[^:]*:\d+)?:\s*/, "").replace(/^error:\s*/, "");
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
