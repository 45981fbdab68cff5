import { applyPendingMigrations } from "@/lib/db/migrations";
import { openAdapter } from "@/lib/db/adapter";

/**
 * With TEST_DATABASE_URL the suite runs on that PostgreSQL server: migrate it once here. Without
 * it, each worker gets an in-memory PGlite, migrated in tests/integration/setup.ts.
 */
export default async function globalSetup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const adapter = openAdapter({ kind: "server", url });
  try {
    await applyPendingMigrations(adapter.factory);
  } finally {
    await adapter.close();
  }
}
