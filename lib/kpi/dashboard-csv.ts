import "server-only";
import Papa from "papaparse";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { readExecutiveDashboard } from "@/lib/kpi/dashboard";
import { formatMetric } from "@/lib/kpi/metrics";
import { kpiStatusLabels, type KpiStatus } from "@/lib/kpi/status";

/** Every figure on the dashboard as CSV rows: section, figure, value, and what it rests on. Same suppression as the page. */
export async function exportDashboardCsv(actor: Actor, now = new Date()): Promise<string> {
  const { value: d } = await readExecutiveDashboard(actor);
  await recordAudit(db, actor, { action: "evaluation.exported", summary: "Exported the executive dashboard as CSV" }, now);
  const rows: string[][] = [];
  const add = (section: string, figure: string, value: string, basis = "") => rows.push([section, figure, value, basis]);
  const withheld = (n: number | null) => (n === null ? "withheld" : String(n));

  add("Headline", "People taking part", withheld(d.participants));
  if (d.roi.status === "estimated") {
    for (const [label, f] of [
      ["conservative", d.roi.range.conservative],
      ["expected", d.roi.range.expected],
      ["optimistic", d.roi.range.optimistic],
    ] as const) {
      add("ROI", `ROI % (${label})`, f.roiPercent === null ? "" : f.roiPercent.toFixed(1));
      add("ROI", `Benefit–cost ratio (${label})`, f.benefitCostRatio === null ? "" : f.benefitCostRatio.toFixed(2));
      add("ROI", `Payback months (${label})`, f.paybackMonths === null ? "no payback" : f.paybackMonths.toFixed(1));
    }
    for (const input of d.roi.inputs) add("ROI inputs", input.label, input.value);
    for (const s of d.roi.sensitivity)
      add(
        "ROI sensitivity",
        s.assumption,
        `${(s.low.roiPercent ?? 0).toFixed(1)} to ${(s.high.roiPercent ?? 0).toFixed(1)}`,
        `swing ${s.swing.toFixed(1)} points`,
      );
    for (const item of d.roi.assumptions.intangibles) add("Intangible benefits", item, "not monetised");
  } else add("ROI", "ROI %", "not enough data", d.roi.reason);
  for (const e of d.retention) {
    if (e.status !== "estimated") {
      add("Retention", `${e.months} months`, "not enough data", e.reason);
      continue;
    }
    add("Retention", `Participants, ${e.months} months`, formatMetric("percent", e.participants.rate), `n = ${e.participants.n}`);
    add(
      "Retention",
      `Matched comparison, ${e.months} months`,
      formatMetric("percent", e.comparison.rate),
      `n = ${e.comparison.n}`,
    );
    add(
      "Retention",
      `Difference, ${e.months} months`,
      formatMetric("points", e.difference),
      `95% interval ${formatMetric("points", e.ci95[0])} to ${formatMetric("points", e.ci95[1])}`,
    );
    add(
      "Retention",
      `Naive difference, ${e.months} months`,
      formatMetric("points", e.naive.difference),
      `n = ${e.naive.comparison.n} non-participants`,
    );
  }
  for (const input of d.effectInputs) add("Retention inputs", input.label, input.value);
  for (const stage of d.funnel) add("Participation funnel", stage.stage, withheld(stage.people));
  for (const m of d.activity) {
    add("Sessions", m.month, withheld(m.sessions));
    add(
      "Satisfaction",
      m.month,
      m.satisfaction === null ? "withheld" : m.satisfaction.toFixed(2),
      m.ratings === null ? "" : `${m.ratings} ratings`,
    );
  }
  for (const p of d.programs) {
    add("Programmes", `${p.name}: people`, withheld(p.participants));
    if (p.kpi)
      for (const status of Object.keys(p.kpi) as KpiStatus[])
        add("Programmes", `${p.name}: KPIs ${kpiStatusLabels[status].toLowerCase()}`, String(p.kpi[status]));
  }
  return `${Papa.unparse({ fields: ["Section", "Figure", "Value", "Based on"], data: rows }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
