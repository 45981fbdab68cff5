import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { executiveDashboard } from "@/lib/kpi/dashboard";
import { exportDashboardCsv } from "@/lib/kpi/dashboard-csv";

const now = new Date("2026-11-30T12:00:00Z");

describe("evaluation privacy", () => {
  it(
    "gives executives aggregates only: no person, salary or HR event leaves the server, and withheld counts stay withheld",
    { timeout: 300_000 },
    async () => {
      await seedDemoOrganisation(db, now);
      const executive = await db.user.findFirstOrThrow({ where: { role: "EXECUTIVE" } });
      const actor = { id: executive.id, name: executive.name, email: executive.email, role: executive.role };
      const dashboard = await executiveDashboard(actor, now);
      const csv = await exportDashboardCsv(actor, now);
      const sent = JSON.stringify(dashboard) + csv;

      expect(dashboard.roi.status).toBe("estimated");
      const people = await db.user.findMany({ select: { id: true, email: true } });
      for (const person of people) {
        expect(sent).not.toContain(person.email);
        expect(sent).not.toContain(person.id);
      }
      const salaries = await db.hrEvent.findMany({
        where: { kind: "SALARY" },
        select: { annualSalary: true },
        distinct: ["annualSalary"],
      });
      for (const { annualSalary } of salaries) expect(sent).not.toMatch(new RegExp(`[^0-9.]${annualSalary}[^0-9.]`));

      // Every programme count shown is at least 5, and the withheld ones cannot be had by subtraction.
      const shown = dashboard.programs.map((p) => p.participants);
      expect(shown.every((n) => n === null || n >= 5)).toBe(true);
      const withheld = shown.filter((n) => n === null).length;
      if (withheld > 0 && dashboard.participants !== null) expect(withheld).toBeGreaterThanOrEqual(2);
    },
  );

  it("keeps HR data and the KPI matrix away from executives and participants", { timeout: 300_000 }, async () => {
    const { getKpiMatrix } = await import("@/lib/kpi/matrix");
    const { hrOverview } = await import("@/lib/hr/overview");
    await seedDemoOrganisation(db, now);
    const program = await db.program.findUniqueOrThrow({ where: { slug: "growth-cohort-2025" } });
    for (const role of ["EXECUTIVE", "EMPLOYEE"] as const) {
      const user = await db.user.findFirstOrThrow({ where: { role } });
      const actor = { id: user.id, name: user.name, email: user.email, role: user.role };
      await expect(hrOverview(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getKpiMatrix(actor, program.id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const employee = await db.user.findFirstOrThrow({ where: { role: "EMPLOYEE" } });
    await expect(
      executiveDashboard({ id: employee.id, name: employee.name, email: employee.email, role: employee.role }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
