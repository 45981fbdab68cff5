import { db } from "@/lib/db/client";

/**
 * A digest of every row of every table (but those left out), order-independent: equal before and
 * after means nothing was written.
 */
export async function fingerprint(leaveOut: string[] = []): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    if (leaveOut.includes(tablename)) continue;
    const [row] = await db.$queryRawUnsafe<{ digest: string | null; rows: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest, count(*) AS rows FROM "${tablename}" t`,
    );
    out[tablename] = `${row!.rows}:${row!.digest}`;
  }
  return out;
}
