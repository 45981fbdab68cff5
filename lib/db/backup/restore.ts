import "server-only";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openAdapter, type DatabaseTarget } from "@/lib/db/adapter";
import {
  BackupError,
  assertEmbeddedNotInUse,
  describeKind,
  embeddedFolder,
  firstProblem,
  isDataFolder,
  isEmptyOrMissing,
  libpqConnection,
  missingTool,
  readCounts,
  runTool,
  sniffBackup,
  utcStamp,
  type TableCounts,
} from "@/lib/db/backup/shared";
import { applyPendingMigrations } from "@/lib/db/migrations";

export interface RestoreResult {
  /** Migrations newer than the backup, applied after loading it. */
  applied: string[];
  counts: TableCounts;
  /** Embedded only: where the folder that was replaced now lives. */
  previousFolder: string | null;
}

/** What the configured database holds now, or null when there is no database there yet. */
export async function inspectDatabase(target: DatabaseTarget): Promise<TableCounts | null> {
  if (target.kind === "server") {
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      return await readCounts(client);
    } finally {
      await client.end();
    }
  }
  const folder = embeddedFolder(target.dataDir);
  if (!isDataFolder(folder)) return null;
  assertEmbeddedNotInUse(folder);
  const pglite = new PGlite(folder);
  try {
    return await readCounts(pglite);
  } finally {
    await pglite.close();
  }
}

/**
 * Replaces the configured database with a backup written by backupDatabase, then applies the
 * migrations that are newer than the backup. Refuses, writing nothing, when the file is not a
 * backup for this kind of database, or when the database holds data and overwrite is not set.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  file: string,
  options: { overwrite: boolean; now?: Date },
): Promise<RestoreResult> {
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new BackupError(`${file}: no such backup file.`, 2);
  const expected = target.kind === "server" ? "pg_dump" : "pglite";
  const kind = await sniffBackup(path);
  if (kind !== expected) {
    const configured =
      target.kind === "server" ? "a PostgreSQL server (DATABASE_URL)" : "the embedded database (no DATABASE_URL)";
    throw new BackupError(
      kind === null
        ? `${file} is not a Pairwise backup: expected ${describeKind(expected)}.`
        : `${file} is ${describeKind(kind)}, but Pairwise is configured for ${configured}: it can only restore ${describeKind(expected)}.`,
      2,
    );
  }
  return target.kind === "server"
    ? restoreServer(target.url, path, options)
    : restoreEmbedded(target.dataDir, path, { ...options, now: options.now ?? new Date() });
}

function refuseToOverwrite(where: string, counts: TableCounts): never {
  throw new BackupError(
    `${where} already holds data (${counts.users} users, ${counts.programmes} programmes, ${counts.pairs} pairs, ${counts.sessions} sessions), which the restore would replace: run again with --yes to go ahead.`,
  );
}

// Everything the application keeps lives in the public schema. Dropping it all first, in the same
// transaction as the load, means tables added by migrations newer than the backup go too, so
// those migrations apply cleanly afterwards; and a failed load leaves the database as it was.
const clearPublicSchema = `
SET client_min_messages = warning;
DO $pairwise$
DECLARE item record;
BEGIN
  FOR item IN
    SELECT format(CASE c.relkind WHEN 'v' THEN 'DROP VIEW IF EXISTS public.%I CASCADE'
                                 WHEN 'm' THEN 'DROP MATERIALIZED VIEW IF EXISTS public.%I CASCADE'
                                 WHEN 'f' THEN 'DROP FOREIGN TABLE IF EXISTS public.%I CASCADE'
                                 WHEN 'S' THEN 'DROP SEQUENCE IF EXISTS public.%I CASCADE'
                                 ELSE 'DROP TABLE IF EXISTS public.%I CASCADE' END, c.relname) AS statement
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY c.relkind DESC
  LOOP
    EXECUTE item.statement;
  END LOOP;
  FOR item IN
    SELECT format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure) AS statement
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.prokind = 'f'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE item.statement;
  END LOOP;
  FOR item IN
    SELECT format(CASE t.typtype WHEN 'd' THEN 'DROP DOMAIN IF EXISTS public.%I CASCADE' ELSE 'DROP TYPE IF EXISTS public.%I CASCADE' END, t.typname) AS statement
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE item.statement;
  END LOOP;
END
$pairwise$;
`;

async function restoreServer(url: string, file: string, options: { overwrite: boolean }): Promise<RestoreResult> {
  const connection = libpqConnection(url);
  const listing = await runTool("pg_restore", ["--list", file], connection.env);
  if (listing.code !== 0)
    throw new BackupError(`${file} is not a backup pg_restore can read: ${firstProblem(listing.stderr)}`, 2);
  const before = await inspectDatabase({ kind: "server", url });
  if (before?.holdsData && !options.overwrite) refuseToOverwrite("The PostgreSQL database", before);
  await loadArchive(file, connection);
  const adapter = openAdapter({ kind: "server", url });
  let applied: string[];
  try {
    applied = await applyPendingMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
  const counts = await inspectDatabase({ kind: "server", url });
  return { applied, counts: counts!, previousFolder: null };
}

/**
 * pg_restore turns the archive into SQL and psql runs it, after clearing the schema, as one
 * transaction. psql's input is closed (and so committed) only when pg_restore has finished
 * cleanly; otherwise psql is stopped and the transaction rolls back.
 */
function loadArchive(file: string, connection: { url: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const psql = spawn(
      "psql",
      ["--no-psqlrc", "--quiet", "--set", "ON_ERROR_STOP=1", "--single-transaction", "--dbname", connection.url, "--file", "-"],
      { env: connection.env, stdio: ["pipe", "ignore", "pipe"] },
    );
    let psqlErrors = "";
    psql.stderr.on("data", (chunk: Buffer) => (psqlErrors += chunk.toString()));
    psql.stdin.on("error", () => {
      // psql stopped reading (it failed or was stopped): its exit status says why.
    });
    let restoreErrors = "";
    let restoreFailed = false;
    let failure: Error | null = null;
    const pgRestore = spawn("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--file", "-", file], {
      env: connection.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const [child, program] of [
      [psql, "psql"],
      [pgRestore, "pg_restore"],
    ] as const)
      child.on("error", (error: NodeJS.ErrnoException) => {
        failure ??= error.code === "ENOENT" ? missingTool(program) : error;
        psql.kill();
        pgRestore.kill();
      });
    psql.stdin.write(clearPublicSchema);
    pgRestore.stdout.pipe(psql.stdin, { end: false });
    pgRestore.stderr.on("data", (chunk: Buffer) => (restoreErrors += chunk.toString()));
    pgRestore.on("close", (code) => {
      if (code === 0 && !failure) psql.stdin.end();
      else {
        restoreFailed = true;
        psql.kill();
      }
    });
    psql.on("close", (code) => {
      if (failure) reject(failure);
      else if (restoreFailed)
        reject(
          new BackupError(
            `pg_restore could not read ${file}; the database was left as it was: ${firstProblem(restoreErrors)}`,
            2,
          ),
        );
      else if (code !== 0)
        reject(new BackupError(`The restore failed and was rolled back; the database is as it was: ${firstProblem(psqlErrors)}`));
      else resolvePromise();
    });
  });
}

/** True when the gzip holds a tar archive with PG_VERSION at its root, as PGlite's dumpDataDir writes. */
function isDataFolderTarball(gzipped: Buffer): boolean {
  let tar: Buffer;
  try {
    tar = gunzipSync(gzipped);
  } catch {
    return false;
  }
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return false;
    if (header.toString("latin1", 257, 262) !== "ustar") return false;
    const field = (start: number, length: number) => header.toString("latin1", start, start + length).replace(/\0.*$/s, "");
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join("/");
    if (name.replace(/^\.?\//, "") === "PG_VERSION") return true;
    const size = parseInt(field(124, 12).trim() || "0", 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return false;
}

async function restoreEmbedded(
  dataDir: string,
  file: string,
  options: { overwrite: boolean; now: Date },
): Promise<RestoreResult> {
  const folder = embeddedFolder(dataDir);
  const tarball = readFileSync(file);
  if (!isDataFolderTarball(tarball))
    throw new BackupError(`${file} is not a Pairwise backup: it is compressed, but not a PGlite data folder tarball.`, 2);
  if (existsSync(folder) && !isDataFolder(folder) && !isEmptyOrMissing(folder))
    throw new BackupError(`${folder} holds files but no database: move it away, or point PGLITE_DATA_DIR elsewhere.`);
  const before = await inspectDatabase({ kind: "embedded", dataDir: folder });
  if (before?.holdsData && !options.overwrite) refuseToOverwrite(`The embedded database in ${folder}`, before);

  // Load and migrate beside the live folder, so a backup that cannot be opened changes nothing.
  const stamp = utcStamp(options.now);
  const fresh = `${folder}.restoring-${stamp}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(dirname(fresh), { recursive: true });
  let applied: string[];
  let counts: TableCounts;
  try {
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(fresh, { loadDataDir: new Blob([tarball]) });
    } catch (error) {
      throw new BackupError(
        `${file} could not be opened as an embedded database (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
        2,
      );
    }
    try {
      applied = await applyPendingMigrations(new PrismaPGlite(pglite));
      counts = await readCounts(pglite);
    } finally {
      await pglite.close();
    }
    assertEmbeddedNotInUse(folder);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }

  let previousFolder: string | null = null;
  if (existsSync(folder) && isEmptyOrMissing(folder)) rmSync(folder, { recursive: true });
  else if (existsSync(folder)) {
    previousFolder = `${folder}.before-restore-${stamp}`;
    renameSync(folder, previousFolder);
  }
  renameSync(fresh, folder);
  return { applied, counts, previousFolder };
}
