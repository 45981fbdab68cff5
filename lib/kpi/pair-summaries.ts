import "server-only";
import { db } from "@/lib/db/client";
import { activeWindowStart, type PairSummary } from "@/lib/kpi/health";

export interface ProgramPairSummary extends PairSummary {
  programId: string;
}

/**
 * Every pair of these programmes with its logged sessions counted by the database, so programme
 * health never reads session rows: one row per pair, however many sessions it logged.
 */
export async function loadPairSummaries(programIds: string[], now: Date): Promise<ProgramPairSummary[]> {
  if (programIds.length === 0) return [];
  const rows = await db.$queryRaw<ProgramPairSummary[]>`
    SELECT m."programId", m."menteeId", m.status::text AS status, m."startedAt", m."endedAt",
           count(s.id)::int AS sessions, min(s."occurredAt") AS "firstSession", max(s."occurredAt") AS "lastSession",
           (count(s.id) FILTER (WHERE s."occurredAt" >= ${activeWindowStart(now)}))::int AS "recentSessions"
    FROM "Match" m
    LEFT JOIN "MentoringSession" s ON s."matchId" = m.id AND s.status = 'LOGGED'
    WHERE m."programId" = ANY(${programIds}::text[])
    GROUP BY m.id
    ORDER BY m.id`;
  return rows;
}
