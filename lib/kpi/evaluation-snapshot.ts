import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Stored evaluations. The matched comparison behind the dashboard and the KPI matrix reads the
 * whole organisation's history, far too slow to redo on every request; pages read the stored
 * figures instead and say when they were computed. The evaluation.refresh job recomputes them on
 * a schedule and soon after an input changes; a scope nobody has computed yet is computed by its
 * first reader, once, however many ask at the same time.
 */

export interface Snapshot<T> {
  value: T;
  computedAt: Date;
  /** An input changed after computedAt; a refresh is queued. */
  stale: boolean;
}

export const dashboardScope = "dashboard";
export const programScope = (programId: string) => `program:${programId}`;

/** A first computation silent this long is taken over by the next reader. */
const claimLeaseMs = 10 * 60_000;
const pollMs = 250;

/** Stores freshly computed figures, unless newer ones are already stored; a change that arrived meanwhile keeps them stale. */
export async function storeSnapshot(scope: string, value: unknown, computedAt: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "EvaluationSnapshot" (scope, payload, "computedAt")
    VALUES (${scope}, ${JSON.stringify(value)}::jsonb, ${computedAt})
    ON CONFLICT (scope) DO UPDATE SET
      payload = EXCLUDED.payload,
      "computedAt" = EXCLUDED."computedAt",
      "staleSince" = CASE WHEN "EvaluationSnapshot"."staleSince" > EXCLUDED."computedAt"
                          THEN "EvaluationSnapshot"."staleSince" END,
      "claimedAt" = NULL
    WHERE "EvaluationSnapshot"."computedAt" IS NULL OR "EvaluationSnapshot"."computedAt" < EXCLUDED."computedAt"`;
}

/** Takes the right to compute a missing snapshot: true for exactly one of many concurrent callers. */
async function claim(scope: string, now: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ scope: string }[]>`
    INSERT INTO "EvaluationSnapshot" (scope, "claimedAt") VALUES (${scope}, ${now})
    ON CONFLICT (scope) DO UPDATE SET "claimedAt" = EXCLUDED."claimedAt"
    WHERE "EvaluationSnapshot".payload IS NULL
      AND ("EvaluationSnapshot"."claimedAt" IS NULL OR "EvaluationSnapshot"."claimedAt" < ${new Date(now.getTime() - claimLeaseMs)})
    RETURNING scope`;
  return rows.length === 1;
}

async function release(scope: string): Promise<void> {
  await db.$executeRaw`UPDATE "EvaluationSnapshot" SET "claimedAt" = NULL WHERE scope = ${scope} AND payload IS NULL`;
}

/**
 * Figures already read, per scope, with the computedAt they were stored under. Every page view
 * asks; the payloads run to tens of kilobytes of JSON, so each process parses a version once and
 * afterwards only reads computedAt to know it is still the stored one. Values are shared between
 * requests and never mutated.
 */
const readValues = new Map<string, { computedAt: Date; value: unknown }>();

/** The stored snapshot of a scope whose head was just read; the payload from this process's copy when it has that version. */
async function storedSnapshot<T>(
  scope: string,
  head: { computedAt: Date; staleSince: Date | null },
  revive: (stored: T) => T,
): Promise<Snapshot<T> | null> {
  const known = readValues.get(scope);
  if (known && known.computedAt.getTime() === head.computedAt.getTime())
    return { value: known.value as T, computedAt: head.computedAt, stale: head.staleSince !== null };
  // A refresh may have landed since the head was read: everything returned comes from this one row.
  const row = await db.evaluationSnapshot.findUnique({
    where: { scope },
    select: { payload: true, computedAt: true, staleSince: true },
  });
  if (row?.payload == null || !row.computedAt) return null;
  const value = revive(row.payload as T);
  readValues.set(scope, { computedAt: row.computedAt, value });
  return { value, computedAt: row.computedAt, stale: row.staleSince !== null };
}

/**
 * The stored figures of a scope; computed here when there are none yet. Concurrent first readers
 * wait for the one that computes rather than each starting the same computation.
 */
export async function readSnapshot<T>(
  scope: string,
  compute: (now: Date) => Promise<T>,
  revive: (stored: T) => T,
): Promise<Snapshot<T>> {
  const giveUpAt = Date.now() + claimLeaseMs;
  for (;;) {
    const head = await db.evaluationSnapshot.findUnique({ where: { scope }, select: { computedAt: true, staleSince: true } });
    if (head?.computedAt) {
      const stored = await storedSnapshot(scope, { computedAt: head.computedAt, staleSince: head.staleSince }, revive);
      if (stored) return stored;
      continue;
    }
    const now = new Date();
    if (await claim(scope, now)) {
      try {
        const value = await compute(now);
        await storeSnapshot(scope, value, now);
        return { value: revive(JSON.parse(JSON.stringify(value)) as T), computedAt: now, stale: false };
      } catch (error) {
        await release(scope);
        throw error;
      }
    }
    if (Date.now() > giveUpAt)
      throw new AppError("CONFLICT", "The figures are still being computed. Try again in a few minutes.");
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
