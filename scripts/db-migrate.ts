// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import "./load-env";
import { describeTarget, databaseTarget, openAdapter } from "@/lib/db/adapter";
import { withMigrationLock } from "@/lib/db/migration-lock";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  const adapter = openAdapter(target);
  try {
    const applied = await withMigrationLock(target, () => applyPendingMigrations(adapter.factory));
    console.log(
      applied.length === 0
        ? `${describeTarget(target)} is up to date.`
        : `Applied ${applied.length} migration(s) to ${describeTarget(target)}:\n${applied.map((n) => `  ${n}`).join("\n")}`,
    );
  } finally {
    await adapter.close();
  }
});
