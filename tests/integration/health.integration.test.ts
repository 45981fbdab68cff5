import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

const { GET } = await import("@/app/api/health/route");

describe("/api/health", () => {
  it("answers 200 with the database reachable and nothing pending", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: "reachable", pendingMigrations: [] });
  });

  it("answers 503 and names a migration the database lacks", async () => {
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET migration_name = ${`${latest!.migration_name}_hidden`} WHERE id = ${latest!.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        ok: false,
        database: "reachable",
        pendingMigrations: [latest!.migration_name],
      });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET migration_name = ${latest!.migration_name} WHERE id = ${latest!.id}`;
    }
  });
});
