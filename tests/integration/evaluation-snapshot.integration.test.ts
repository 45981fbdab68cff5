import { describe, expect, it } from "vitest";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { applyHrImport } from "@/lib/hr/import";
import { executiveDashboard, readExecutiveDashboard } from "@/lib/kpi/dashboard";
import { dashboardScope, programScope, storeSnapshot } from "@/lib/kpi/evaluation-snapshot";
import { saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { getKpiMatrix, readKpiMatrix } from "@/lib/kpi/matrix";
import { refreshEvaluationSnapshots } from "@/lib/kpi/refresh-evaluation-snapshots";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";
import { createActor } from "../factories";

/**
 * Ten mentees in a programme since January 2025 and 25 colleagues who never took part, alike in
 * department, level, tenure and location; salaries on record, a few voluntary exits.
 */
async function organisation() {
  const admin = await createActor("ADMIN");
  const department = await db.department.create({ data: { name: "Engineering" } });
  const person = (k: number, prefix: string) =>
    db.user.create({
      data: {
        email: `${prefix}${k}@snapshot.example`,
        name: `${prefix} ${k}`,
        departmentId: department.id,
        level: 3,
        location: "London",
        hireDate: utcDay("2022-03-01"),
      },
    });
  const mentees = await Promise.all(Array.from({ length: 10 }, (_, k) => person(k, "mentee")));
  const mentors = await Promise.all(Array.from({ length: 10 }, (_, k) => person(k, "mentor")));
  await Promise.all(Array.from({ length: 25 }, (_, k) => person(k, "colleague")));
  const program = await db.program.create({
    data: {
      slug: "snapshot-test",
      name: "Snapshot test programme",
      status: "ACTIVE",
      startDate: utcDay("2025-01-06"),
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
  });
  for (const [k, mentee] of mentees.entries()) {
    const menteePart = await db.participation.create({
      data: { programId: program.id, userId: mentee.id, role: "MENTEE", status: "APPROVED" },
    });
    const mentorPart = await db.participation.create({
      data: { programId: program.id, userId: mentors[k]!.id, role: "MENTOR", status: "APPROVED" },
    });
    await db.match.create({
      data: {
        programId: program.id,
        menteeId: menteePart.id,
        mentorId: mentorPart.id,
        status: "ACTIVE",
        startedAt: utcDay("2025-01-06"),
        sessions: {
          create: [1, 2, 3].map((s) => ({ occurredAt: utcDay(`2025-0${s + 1}-10`), durationMinutes: 60, usefulness: 4 })),
        },
      },
    });
  }
  const rows = [
    "email,event,date,voluntary,annual salary",
    ...[...mentees, ...mentors].map((u) => `${u.email},salary,2025-01-01,,50000`),
    "mentee0@snapshot.example,exit,2025-09-30,yes,",
    "colleague0@snapshot.example,exit,2025-03-31,yes,",
    "colleague1@snapshot.example,exit,2025-05-31,yes,",
    "colleague2@snapshot.example,exit,2025-08-31,yes,",
    "colleague3@snapshot.example,salary,2026-06-01,,48000",
  ];
  await applyHrImport(admin, rows.join("\n"), new Date("2026-06-30T12:00:00Z"));
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
    await Promise.all(
      Array.from({ length: 20 }, () =>
        saveRoiAssumptions(
          coordinator,
          {
            programId: program.id,
            replacementCostShare: 1,
            isolation: 0.5,
            confidence: 0.7,
            hourlyOverhead: 0.3,
            coordinatorHours: 40,
            coordinatorHourlyRate: 50,
            intangibles: [],
          },
          changedAt,
        ),
      ),
    );
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
