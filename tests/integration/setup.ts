import { beforeAll, beforeEach } from "vitest";
import { getDbAdapterFactory, db } from "@/lib/db/client";
import { applyPendingMigrations } from "@/lib/db/migrations";
import { resetEnvForTests } from "@/lib/env";

const state = globalThis as typeof globalThis & { __pairwiseTestDbReady?: boolean };

if (process.env.TEST_DATABASE_URL) {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
}
resetEnvForTests();

beforeAll(async () => {
  if (state.__pairwiseTestDbReady) return;
  if (!process.env.TEST_DATABASE_URL) await applyPendingMigrations(getDbAdapterFactory());
  state.__pairwiseTestDbReady = true;
});

beforeEach(async () => {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
});
