import "server-only";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { db } from "@/lib/db/client";
import { prismaDir } from "@/lib/db/migrations";

export interface Health {
  ok: boolean;
  database: "reachable" | "unreachable";
  /** Migrations in this build that the database has not applied (null when it cannot be asked). */
  pendingMigrations: string[] | null;
}

/** For load balancers and operators: can this instance reach its database, and is it migrated? */
export async function checkHealth(): Promise<Health> {
  const shipped = (await readdir(join(prismaDir, "migrations"), { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  try {
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    const pendingMigrations = shipped.filter((name) => !done.has(name)).sort();
    return { ok: pendingMigrations.length === 0, database: "reachable", pendingMigrations };
  } catch {
    return { ok: false, database: "unreachable", pendingMigrations: null };
  }
}
