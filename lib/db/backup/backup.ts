import "server-only";
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";
import {
  BackupError,
  assertEmbeddedNotInUse,
  backupExtension,
  embeddedFolder,
  firstProblem,
  isDataFolder,
  libpqConnection,
  readCounts,
  runTool,
  utcStamp,
  type BackupKind,
  type TableCounts,
} from "@/lib/db/backup/shared";

export interface BackupResult {
  path: string;
  bytes: number;
  kind: BackupKind;
  counts: TableCounts;
}

/** backups/pairwise-20261208T101500Z.dump (PostgreSQL) or .tar.gz (embedded), under the working directory. */
export function defaultBackupPath(target: DatabaseTarget, now = new Date()): string {
  const kind: BackupKind = target.kind === "server" ? "pg_dump" : "pglite";
  return resolve("backups", `pairwise-${utcStamp(now)}.${backupExtension[kind]}`);
}

/**
 * Writes one backup file of the database: pg_dump's custom format for a PostgreSQL server,
 * PGlite's own tarball of the data folder for the embedded database. The file appears only
 * once complete; an existing file is never overwritten.
 */
export async function backupDatabase(target: DatabaseTarget, options: { out?: string; now?: Date } = {}): Promise<BackupResult> {
  const path = resolve(options.out ?? defaultBackupPath(target, options.now));
  if (existsSync(path)) throw new BackupError(`${path} already exists: choose another --out, or move that file away.`, 2);
  const partial = `${path}.partial`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    const result = target.kind === "server" ? await dumpServer(target.url, partial) : await dumpEmbedded(target.dataDir, partial);
    renameSync(partial, path);
    return { path, bytes: statSync(path).size, ...result };
  } finally {
    rmSync(partial, { force: true });
  }
}

async function dumpServer(url: string, file: string): Promise<{ kind: BackupKind; counts: TableCounts }> {
  const connection = libpqConnection(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  let counts: TableCounts;
  try {
    counts = await readCounts(client);
  } finally {
    await client.end();
  }
  const { code, stderr } = await runTool(
    "pg_dump",
    ["--format=custom", "--file", file, "--dbname", connection.url],
    connection.env,
  );
  if (code !== 0) {
    if (/server version mismatch/i.test(stderr)) {
      const detail = /server version: ([\d.]+); pg_dump version: ([\d.]+)/.exec(stderr);
      throw new BackupError(
        `pg_dump ${detail?.[2] ?? "on this machine"} is older than the PostgreSQL server${detail ? ` (${detail[1]})` : ""} and refuses to dump it: install the client tools of the server's major version (Debian/Ubuntu: postgresql-client-<major>).`,
      );
    }
    throw new BackupError(`pg_dump failed: ${firstProblem(stderr)}`);
  }
  return { kind: "pg_dump", counts };
}

async function dumpEmbedded(dataDir: string, file: string): Promise<{ kind: BackupKind; counts: TableCounts }> {
  const folder = embeddedFolder(dataDir);
  if (!isDataFolder(folder))
    throw new BackupError(`There is no embedded database in ${folder} yet: nothing to back up (check PGLITE_DATA_DIR).`, 2);
  assertEmbeddedNotInUse(folder);
  const pglite = new PGlite(folder);
  try {
    const counts = await readCounts(pglite);
    const tarball = await pglite.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
    return { kind: "pglite", counts };
  } finally {
    await pglite.close();
  }
}
