// npm run db:status: which migrations the database has, lacks or disagrees with.
import "./load-env";
import { describeTarget, databaseTarget, openAdapter } from "@/lib/db/adapter";
import { migrationStatus, pendingSchemaChanges } from "@/lib/db/migrations";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  const adapter = openAdapter(target);
  try {
    const status = await migrationStatus(adapter.factory);
    console.log(`Database: ${describeTarget(target)}`);
    const history = status.history;
    if (!status.hasMigrationsTable) console.log("No migrations applied yet: run npm run db:migrate.");
    else if (history === null) console.log("All migrations are applied.");
    else if (history.diagnostic === "databaseIsBehind")
      console.log(
        `Pending migrations (npm run db:migrate applies them):\n${history.unappliedMigrationNames.map((n) => `  ${n}`).join("\n")}`,
      );
    else if (history.diagnostic === "migrationsDirectoryIsBehind")
      console.log(
        `The database has migrations this checkout lacks:\n${history.unpersistedMigrationNames.map((n) => `  ${n}`).join("\n")}`,
      );
    else console.log(`The database and prisma/migrations diverge after ${history.lastCommonMigrationName ?? "the start"}.`);
    for (const name of status.failedMigrationNames) console.log(`Failed: ${name}`);
    for (const name of status.editedMigrationNames) console.log(`Edited after it was applied: ${name}`);
    const drift = await pendingSchemaChanges();
    console.log(
      drift === null
        ? "schema.prisma matches the migrations."
        : "schema.prisma has changes with no migration: run npm run db:migration -- <name>.",
    );
    if (history !== null || status.failedMigrationNames.length > 0) process.exitCode = 1;
  } finally {
    await adapter.close();
  }
});
