import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { applyKpiTemplate, deleteKpiRow, saveKpiRow, saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { exportKpiMatrixCsv, getKpiMatrix } from "@/lib/kpi/matrix";
import { kpiRowSchema } from "@/lib/kpi/schemas";
import { createActor, createEvaluationOrganisation, roiAssumptions } from "../factories";

const now = new Date("2026-06-30T12:00:00Z");

/**
 * A small organisation: 12 mentees in one programme from January 2025, 30 colleagues who never took
 * part, all in Engineering, level 3, London, hired in 2022. Three colleagues and one participant left
 * of their own accord; everyone's salary is on record.
 */
async function organisation() {
  return createEvaluationOrganisation({
    domain: "kpi.example",
    pairs: 12,
    colleagues: 30,
    program: {
      slug: "kpi-test",
      name: "KPI test programme",
      endDate: utcDay("2026-12-31"),
      goals: { create: [{ title: "Keep our engineers", objective: "90% still here after a year", position: 1 }] },
      budgetLines: { create: [{ description: "Training", category: "Training", amountCents: 500_000 }] },
    },
    sessions: (k) =>
      [0, 1, 2].map((s) => ({
        occurredAt: new Date(now.getTime() - (10 + s * 40) * 86_400_000),
        durationMinutes: 60,
        usefulness: 4 + (k % 2),
      })),
    hrRows: [
      "mentee0@kpi.example,exit,2025-09-30,yes,",
      "colleague0@kpi.example,exit,2025-03-31,yes,",
      "colleague1@kpi.example,exit,2025-05-31,yes,",
      "colleague2@kpi.example,exit,2025-08-31,yes,",
      "colleague3@kpi.example,exit,2025-08-31,no,",
      "colleague4@kpi.example,salary,2026-06-01,,48000",
    ],
    importedAt: now,
  });
}

describe("KPI matrix", () => {
  it("builds a matrix from a template with every actual computed from data, and applying it again adds nothing", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    expect(await applyKpiTemplate(coordinator, { programId: program.id, template: "retention" })).toEqual({ added: 6 });
    expect(await applyKpiTemplate(coordinator, { programId: program.id, template: "retention" })).toEqual({ added: 0 });

    const matrix = await getKpiMatrix(coordinator, program.id, now);
    const byMetric = Object.fromEntries(matrix.rows.map((r) => [r.metric, r]));
    expect(byMetric.MATCH_RATE).toMatchObject({ actualText: "100%", status: "met", targetText: "90%" });
    expect(byMetric.ACTIVE_PAIR_SHARE!.actual.inputs).toEqual([
      { label: "Live pairs", value: "12" },
      { label: "Met in the last 30 days", value: "12" },
    ]);
    // 24 participants (mentees and mentors), 1 voluntary exit; 30 colleagues, 3 voluntary exits within the year.
    const retention = byMetric.RETENTION_12M!;
    expect(retention.actual.value).toBeCloseTo(23 / 24, 6);
    expect(retention.actual.sampleSize).toBe(24);
    expect(retention.actual.inputs).toContainEqual({ label: "Matched comparison people", value: "30" });
    expect(byMetric.RETENTION_DIFFERENCE_12M!.actual.value).toBeGreaterThan(0);
    expect(byMetric.ROI_PERCENT!.actual.value).not.toBeNull();
    expect(matrix.evaluation.roi.status).toBe("estimated");
    // No reaction survey was sent: the row says so rather than show a figure.
    expect(byMetric.REACTION_SCORE).toMatchObject({
      actualText: "Not enough data",
      status: "not-enough-data",
      instrument: "Questionnaires",
      actual: { note: "No end-of-programme reaction survey has been sent yet." },
    });
  });

  it("adds, edits and deletes rows with errors beside the fields", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const goal = await db.programGoal.findFirstOrThrow({ where: { programId: program.id } });
    const bad = kpiRowSchema.safeParse({
      programId: program.id,
      measure: "",
      metric: "NOPE",
      audience: "PARTICIPANT",
      level: "9",
      horizon: "SHORT_TERM",
      target: "",
      owner: "",
    });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["level", "measure", "metric", "owner", "target"]);
    const row = kpiRowSchema.parse({
      programId: program.id,
      goalId: goal.id,
      measure: "Sessions feel useful",
      metric: "SESSION_USEFULNESS",
      audience: "PARTICIPANT",
      level: "1",
      horizon: "SHORT_TERM",
      baseline: "",
      target: "4",
      owner: "Rosa",
    });
    await saveKpiRow(coordinator, row);
    await expect(saveKpiRow(coordinator, row)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { measure: [expect.any(String)] },
    });
    let [saved] = (await getKpiMatrix(coordinator, program.id, now)).rows;
    expect(saved).toMatchObject({ goal: { title: "Keep our engineers" }, actualText: "4.50", status: "met" });
    await saveKpiRow(coordinator, { ...row, rowId: saved!.id, target: 4.8, baseline: 4 });
    [saved] = (await getKpiMatrix(coordinator, program.id, now)).rows;
    // 4 → 4.8 with the programme 75 % through its time: 4.5 is 62 % of the way, so behind.
    expect(saved).toMatchObject({ targetText: "4.80", status: "behind" });
    await deleteKpiRow(coordinator, { programId: program.id, rowId: saved!.id });
    await deleteKpiRow(coordinator, { programId: program.id, rowId: saved!.id });
    expect((await getKpiMatrix(coordinator, program.id, now)).rows).toEqual([]);
  });

  it("holds under 20 identical template applications at once", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => applyKpiTemplate(coordinator, { programId: program.id, template: "skills" })),
    );
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(5);
    expect(await db.kpiRow.count({ where: { programId: program.id } })).toBe(5);
  });

  it("exports CSV with formula-like cells escaped", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    await saveKpiRow(
      coordinator,
      kpiRowSchema.parse({
        programId: program.id,
        measure: '=HYPERLINK("http://evil.example","x")',
        metric: "MATCH_RATE",
        audience: "PARTICIPANT",
        level: "1",
        horizon: "SHORT_TERM",
        target: "80",
        owner: "+Rosa",
      }),
    );
    const { csv } = await exportKpiMatrixCsv(coordinator, program.id, now);
    const [header, line] = Papa.parse<string[]>(csv.trim()).data;
    expect(header).toContain("Actual");
    expect(line![1]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(line![12]).toBe("'+Rosa");
    expect(line![9]).toBe("100%");
  });

  it("saves ROI assumptions that the ROI then uses", async () => {
    const { program } = await organisation();
    const coordinator = await createActor("COORDINATOR");
    const before = (await getKpiMatrix(coordinator, program.id, now)).evaluation.roi;
    await saveRoiAssumptions(coordinator, roiAssumptions(program.id, ["Stronger networks across sites"]));
    const after = (await getKpiMatrix(coordinator, program.id, now)).evaluation.roi;
    if (before.status !== "estimated" || after.status !== "estimated") throw new Error("expected ROI");
    expect(after.range.expected.benefits).toBeCloseTo(before.range.expected.benefits * 2, 6);
    expect(after.range.expected.costs - before.range.expected.costs).toBeCloseTo(2_000, 6);
    expect(after.assumptions.intangibles).toEqual(["Stronger networks across sites"]);
  });

  it("is the programme office's: executives and employees cannot read or change it", async () => {
    const { program } = await organisation();
    for (const role of ["EXECUTIVE", "EMPLOYEE"] as const) {
      const actor = await createActor(role);
      await expect(getKpiMatrix(actor, program.id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportKpiMatrixCsv(actor, program.id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(applyKpiTemplate(actor, { programId: program.id, template: "skills" })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
