import "server-only";
import { Client } from "pg";
import type { DatabaseTarget } from "@/lib/db/adapter";

// Any fixed 64-bit number unique to this purpose; Prisma's schema engine uses 72707369 for its own.
const migrationLockKey = 7_270_736_901;
const defaultWaitMs = 10 * 60_000;

export class MigrationLockTimeout extends Error {
  constructor(waitMs: number) {
    super(
      `Another process has been migrating this database for over ${Math.round(waitMs / 60_000)} minutes. ` +
        "Check that it is still running (it holds the lock until it finishes), then start again.",
    );
    this.name = "MigrationLockTimeout";
  }
}

/**
 * Runs `work` (applying migrations) while holding a PostgreSQL advisory lock of our own, so
 * instances and workers that start together migrate one after another. Prisma's schema engine
 * takes its own lock too but gives up after 10 seconds, which a migration on a busy host can
 * outlast; waiting here first means its lock is never contended. The embedded database needs no
 * lock: one process owns its folder (lib/db/embedded-lock.ts).
 */
export async function withMigrationLock<T>(
  target: DatabaseTarget,
  work: () => Promise<T>,
  options: { waitMs?: number } = {},
): Promise<T> {
  if (target.kind === "embedded") return work();
  const waitMs = options.waitMs ?? defaultWaitMs;
  const client = new Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = ${Math.max(1, Math.round(waitMs))}`);
    try {
      await client.query("SELECT pg_advisory_lock($1)", [migrationLockKey]);
    } catch (error) {
      // 55P03: lock_not_available, raised when lock_timeout passes.
      if ((error as { code?: string }).code === "55P03") throw new MigrationLockTimeout(waitMs);
      throw error;
    }
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [migrationLockKey]);
    }
  } finally {
    await client.end();
  }
}
