import { Client } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MigrationLockTimeout, withMigrationLock } from "@/lib/db/migration-lock";
import { applyPendingMigrations, readMigrations } from "@/lib/db/migrations";

// Instances and workers that start together each migrate the database first. The lock is a
// PostgreSQL server's; on the embedded database one process owns the folder instead.
const serverUrl = process.env.TEST_DATABASE_URL;

describe("migrating while others migrate", () => {
  if (serverUrl) {
    const scratchName = `pairwise_migration_lock_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl });
    const scratchUrl = (() => {
      const url = new URL(serverUrl);
      url.pathname = `/${scratchName}`;
      return url.toString();
    })();
    const target = { kind: "server" as const, url: scratchUrl };

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE DATABASE ${scratchName}`);
    });
    afterAll(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
      await admin.end();
    });

    it("applies every migration exactly once when four processes start on an empty database together", async () => {
      const migrate = () =>
        withMigrationLock(target, () => applyPendingMigrations(new PrismaPg({ connectionString: scratchUrl })));
      const results = await Promise.allSettled(Array.from({ length: 4 }, migrate));

      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const applied = results.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
      const names = (await readMigrations()).migrationDirectories.map((m) => m.path);
      // One of them applied everything; the others found nothing left to do.
      expect([...applied].sort()).toEqual(names);
      const check = new Client({ connectionString: scratchUrl });
      await check.connect();
      try {
        const { rows } = await check.query<{ count: string }>(
          "SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        );
        expect(Number(rows[0]!.count)).toBe(names.length);
      } finally {
        await check.end();
      }
    }, 300_000);

    it("says another process is migrating when the lock is held longer than it may wait", async () => {
      const holder = withMigrationLock(target, () => new Promise((resolve) => setTimeout(resolve, 3_000)));
      // Let the holder take the lock first.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await expect(withMigrationLock(target, async () => "ran", { waitMs: 500 })).rejects.toBeInstanceOf(MigrationLockTimeout);
      await holder;
      // Released once the holder finished: the next one runs at once.
      expect(await withMigrationLock(target, async () => "ran", { waitMs: 500 })).toBe("ran");
    }, 60_000);
  } else {
    it("runs the migration directly on the embedded database, which one process owns", async () => {
      let runs = 0;
      const result = await withMigrationLock({ kind: "embedded", dataDir: "memory://" }, async () => {
        runs += 1;
        return "migrated";
      });
      expect(result).toBe("migrated");
      expect(runs).toBe(1);
    });
  }
});
