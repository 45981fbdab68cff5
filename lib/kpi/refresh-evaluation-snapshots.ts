import "server-only";
import { db } from "@/lib/db/client";
import { computeExecutiveDashboard } from "@/lib/kpi/dashboard";
import { dashboardScope, programScope, storeSnapshot } from "@/lib/kpi/evaluation-snapshot";
import { loadOrganisationData } from "@/lib/kpi/organisation-data";
import { evaluatePrograms } from "@/lib/kpi/program-evaluation";

const programPrefix = programScope("");

/**
 * The evaluation.refresh job: recomputes the dashboard and every programme evaluation someone has
 * read, from one read of the organisation's data. A programme's estimate is computed once and
 * remembered (lib/kpi/effect-memo.ts), so the dashboard's per-programme KPI statuses reuse it.
 */
export async function refreshEvaluationSnapshots(now: Date): Promise<{ refreshed: number }> {
  const [stored, programs] = await Promise.all([
    db.evaluationSnapshot.findMany({ where: { scope: { startsWith: programPrefix } }, select: { scope: true } }),
    db.program.findMany({ select: { id: true } }),
  ]);
  const existing = new Set(programs.map((p) => p.id));
  const programIds = stored.map((s) => s.scope.slice(programPrefix.length));
  const gone = programIds.filter((id) => !existing.has(id));
  if (gone.length > 0) await db.evaluationSnapshot.deleteMany({ where: { scope: { in: gone.map(programScope) } } });

  const data = await loadOrganisationData(now);
  let refreshed = 0;
  for (const programId of programIds.filter((id) => existing.has(id))) {
    await storeSnapshot(programScope(programId), await evaluatePrograms(data, [programId], programId, now), now);
    refreshed += 1;
  }
  await storeSnapshot(dashboardScope, await computeExecutiveDashboard(now, data), now);
  return { refreshed: refreshed + 1 };
}
