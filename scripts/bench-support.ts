/**
 * The database a benchmark runs on: a fresh in-memory one, or BENCH_DATABASE_URL when set, with
 * every migration applied. Import the modules under test after it: they read the settings it makes.
 */
export async function openBenchDatabase() {
  process.env.PGLITE_DATA_DIR = "memory://";
  if (process.env.BENCH_DATABASE_URL) process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  else delete process.env.DATABASE_URL;
  const { db, disconnectDb, getDbAdapterFactory } = await import("@/lib/db/client");
  const { applyPendingMigrations } = await import("@/lib/db/migrations");
  await applyPendingMigrations(getDbAdapterFactory());
  return { db, disconnectDb };
}

/** A benchmark's figures: one JSON line with --json (for tools), otherwise one aligned line each. */
export function printBenchResult(result: Record<string, unknown>): void {
  const width = Math.max(...Object.keys(result).map((name) => name.length)) + 1;
  console.log(
    process.argv.includes("--json")
      ? JSON.stringify(result)
      : Object.entries(result)
          .map(([name, value]) => `${name.padEnd(width)} ${value}`)
          .join("\n"),
  );
}
