import { databaseTarget, describeTarget, openAdapter } from "@/lib/db/adapter";
import { db, disconnectDb } from "@/lib/db/client";
import { withMigrationLock } from "@/lib/db/migration-lock";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { demoSignIns } from "@/lib/db/seed/org-chart";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";

/**
 * Migrates the database and, on the embedded database's first run, seeds the demo organisation.
 * Says whether the demo sign-ins work, so the caller can print them.
 */
export async function prepareDatabase(): Promise<boolean> {
  const target = databaseTarget();
  const adapter = openAdapter(target);
  try {
    const applied = await withMigrationLock(target, () => applyPendingMigrations(adapter.factory));
    console.log(
      `Database: ${describeTarget(target)}; ${applied.length ? `applied ${applied.length} migration(s)` : "migrations up to date"}.`,
    );
  } finally {
    await adapter.close();
  }
  if (target.kind !== "embedded") return false;
  try {
    if ((await db.user.count()) === 0) {
      const summary = await seedDemoOrganisation(db);
      console.log(`First run: seeded the demo organisation (${summary.people} people, ${summary.programs} programmes).`);
    }
    return (await db.user.count({ where: { email: { in: demoSignIns.map((s) => s.email) } } })) > 0;
  } finally {
    await disconnectDb();
  }
}
