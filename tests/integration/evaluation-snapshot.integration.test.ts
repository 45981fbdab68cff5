import { describe, expect, it } from "vitest";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { executiveDashboard, readExecutiveDashboard } from "@/lib/kpi/dashboard";
import { dashboardScope, programScope, storeSnapshot } from "@/lib/kpi/evaluation-snapshot";
import { saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { getKpiMatrix, readKpiMatrix } from "@/lib/kpi/matrix";
import { refreshEvaluationSnapshots } from "@/lib/kpi/refresh-evaluation-snapshots";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";
import { createActor, createEvaluationOrganisation, roiAssumptions } from "../factories";

/**
 * Ten mentees in a programme since January 2025 and 25 colleagues who never took part, alike in
 * department, level, tenure and location; salaries on record, a few voluntary exits.
 */
async function organisation() {
  const { program } = await createEvaluationOrganisation({
    domain: "snapshot.example",
    pairs: 10,
    colleagues: 25,
    program: {
      slug: "snapshot-test",
      name: "Snapshot test programme",
      endDate: utcDay("2027-12-31"),
      budgetLines: { create: [{ description: "Training", category: "Training", amountCents: 400_000 }] },
      kpiRows: {
        create: [
          {
            measure: "Retention",
            metric: "RETENTION_12M",
            audience: "PARTICIPANT",
            level: 4,
            horizon: "LONG_TERM",
            target: 0.9,
            owner: "HR",
            position: 1,
          },
        ],
      },
    },
    sessions: () => [1, 2, 3].map((s) => ({ occurredAt: utcDay(`2025-0${s + 1}-10`), durationMinutes: 60, usefulness: 4 })),
    hrRows: [
      "mentee0@snapshot.example,exit,2025-09-30,yes,",
      "colleague0@snapshot.example,exit,2025-03-31,yes,",
      "colleague1@snapshot.example,exit,2025-05-31,yes,",
      "colleague2@snapshot.example,exit,2025-08-31,yes,",
      "colleague3@snapshot.example,salary,2026-06-01,,48000",
    ],
    importedAt: new Date("2026-06-30T12:00:00Z"),
  });
  // The import asked for a refresh; these tests run the job themselves.
  await db.job.deleteMany({ where: { name: "evaluation.refresh" } });
  return { program };
}

describe("stored evaluation figures", () => {
  it("are computed once for 20 readers at once, and equal the live figures of that moment", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const reads = await Promise.all(Array.from({ length: 20 }, () => readKpiMatrix(coordinator, program.id)));
    const computedAt = reads[0]!.figuresAsOf;
    expect(reads.every((m) => m.figuresAsOf.getTime() === computedAt.getTime() && !m.refreshing)).toBe(true);
    expect(await db.evaluationSnapshot.findMany({ select: { scope: true } })).toEqual([{ scope: programScope(program.id) }]);

    const live = await getKpiMatrix(coordinator, program.id, computedAt);
    expect(live.evaluation.roi.status).toBe("estimated");
    for (const read of reads) expect(read.evaluation).toEqual(live.evaluation);
    expect(reads[0]!.rows.map((r) => r.actualText)).toEqual(live.rows.map((r) => r.actualText));
  });

  it("give the dashboard to executives only, with exactly the aggregates the live dashboard holds", async () => {
    await organisation();
    const executive = await createActor("EXECUTIVE");
    await expect(readExecutiveDashboard(await createActor("EMPLOYEE"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.evaluationSnapshot.count()).toBe(0);

    const reads = await Promise.all(Array.from({ length: 20 }, () => readExecutiveDashboard(executive)));
    const { computedAt } = reads[0]!;
    expect(reads.every((r) => r.computedAt.getTime() === computedAt.getTime())).toBe(true);
    const live = await executiveDashboard(executive, computedAt);
    for (const read of reads) expect(read.value).toEqual(live);
    const stored = await db.evaluationSnapshot.findUniqueOrThrow({ where: { scope: dashboardScope } });
    const people = await db.user.findMany({ select: { id: true, email: true } });
    for (const { id, email } of people) {
      expect(JSON.stringify(stored.payload)).not.toContain(id);
      expect(JSON.stringify(stored.payload)).not.toContain(email);
    }
  });

  it("say they are out of date after a change, queue one refresh for 20 changes, and the job brings them up to date", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const executive = await createActor("EXECUTIVE");
    const before = await readKpiMatrix(coordinator, program.id);
    await readExecutiveDashboard(executive);

    const changedAt = new Date();
    await Promise.all(Array.from({ length: 20 }, () => saveRoiAssumptions(coordinator, roiAssumptions(program.id), changedAt)));
    expect(await db.job.count({ where: { name: "evaluation.refresh" } })).toBe(1);
    const stale = await readKpiMatrix(coordinator, program.id);
    expect(stale.refreshing).toBe(true);
    expect(stale.evaluation.roi).toEqual(before.evaluation.roi);
    expect((await readExecutiveDashboard(executive)).stale).toBe(true);

    const refreshedAt = new Date(changedAt.getTime() + 1000);
    expect(await refreshEvaluationSnapshots(refreshedAt)).toEqual({ refreshed: 2 });
    const after = await readKpiMatrix(coordinator, program.id);
    expect(after.refreshing).toBe(false);
    expect(after.figuresAsOf).toEqual(refreshedAt);
    expect(after.evaluation).toEqual((await getKpiMatrix(coordinator, program.id, refreshedAt)).evaluation);
    if (after.evaluation.roi.status !== "estimated") throw new Error("expected ROI");
    expect(after.evaluation.roi.assumptions.coordinatorHours).toBe(40);
    expect((await readExecutiveDashboard(executive)).stale).toBe(false);
  });

  it("stay out of date when a change arrives while they are computed, and never go back to older figures", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const first = await readKpiMatrix(coordinator, program.id);
    const scope = programScope(program.id);
    const computing = new Date(first.figuresAsOf.getTime() + 1000);
    await requestEvaluationRefresh(new Date(computing.getTime() + 500));
    await storeSnapshot(scope, first.evaluation, computing);
    expect((await readKpiMatrix(coordinator, program.id)).refreshing).toBe(true);

    await storeSnapshot(scope, { outdated: true }, first.figuresAsOf);
    const row = await db.evaluationSnapshot.findUniqueOrThrow({ where: { scope } });
    expect(row.computedAt).toEqual(computing);
    expect(row.payload).not.toEqual({ outdated: true });
  });
});
