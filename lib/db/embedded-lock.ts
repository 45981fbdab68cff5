import "server-only";
import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * One process at a time on an embedded database folder: PGlite has no shared-memory locking, so a
 * second process on the same folder silently loses writes. The owner writes its pid into
 * `<folder>.lock`, created exclusively; a later process refuses while that pid is alive and takes
 * the lock over when it is not (the owner was killed). No timer keeps it fresh, so a busy owner
 * never loses it, and a restart after a crash is not made to wait.
 */
export class EmbeddedDatabaseInUseError extends Error {
  constructor(dataDir: string, owner: number) {
    super(
      `Another process (pid ${owner}) is using the embedded database in ${dataDir}. ` +
        "Stop it first (only one Pairwise process may open that folder), or set PGLITE_DATA_DIR to another folder; " +
        "for more than one app server, use PostgreSQL (DATABASE_URL).",
    );
    this.name = "EmbeddedDatabaseInUseError";
  }
}

// The same process may open its folder more than once (migrations, then the shared client).
const held = new Map<string, number>();

const lockFile = (dataDir: string) => `${dataDir}.lock`;

/** Takes the folder for this process, or throws EmbeddedDatabaseInUseError; returns the release. */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  const count = held.get(dataDir);
  if (count === undefined) acquire(dataDir);
  held.set(dataDir, (count ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(dataDir) ?? 1) - 1;
    if (left > 0) return void held.set(dataDir, left);
    held.delete(dataDir);
    rmSync(lockFile(dataDir), { force: true });
  };
}

function acquire(dataDir: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockFile(dataDir), String(process.pid), { flag: "wx" });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(readFileSync(lockFile(dataDir), "utf8").trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new EmbeddedDatabaseInUseError(dataDir, owner);
    }
    // Left by a process that is gone (or by an earlier life of this pid, as in a restarted container).
    rmSync(lockFile(dataDir), { force: true });
  }
  throw new Error(`Could not take the lock ${lockFile(dataDir)}: another process took it at the same moment.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A process that exits without closing its database (Ctrl-C, an uncaught error) frees its folders.
process.once("exit", () => {
  for (const dataDir of held.keys()) rmSync(lockFile(dataDir), { force: true });
});
