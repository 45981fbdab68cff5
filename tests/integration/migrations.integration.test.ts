import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db, getDbAdapterFactory } from "@/lib/db/client";
import { applyPendingMigrations, migrationStatus, pendingSchemaChanges, readMigrations } from "@/lib/db/migrations";

describe("migrations", () => {
  it("describe exactly what schema.prisma declares", async () => {
    const drift = await pendingSchemaChanges();
    expect(drift, `schema.prisma has changes no migration creates; run npm run db:migration -- <name>:\n${drift}`).toBeNull();
    // Replays every migration into a scratch database through the WebAssembly schema engine: slow on a busy machine.
  }, 180_000);

  it("are all applied, and applying again changes nothing", async () => {
    expect(await applyPendingMigrations(getDbAdapterFactory())).toEqual([]);
    const status = await migrationStatus(getDbAdapterFactory());
    expect(status.history).toBeNull();
    expect(status.failedMigrationNames).toEqual([]);
  });

  it("are recorded in _prisma_migrations as Prisma Migrate records them", async () => {
    const migrations = await readMigrations();
    const rows = await db.$queryRaw<
      {
        migration_name: string;
        checksum: string;
        finished_at: Date | null;
        rolled_back_at: Date | null;
        applied_steps_count: number;
        logs: string | null;
      }[]
    >`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.migrationDirectories.map((m) => m.path));
    for (const row of rows) {
      const sql = await readFile(join(migrations.baseDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });
});
