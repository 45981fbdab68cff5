import type { Metadata } from "next";
import { PrintButton } from "@/components/dashboard/print-button";
import { RetentionChart } from "@/components/dashboard/retention-chart";
import { EffectTable } from "@/components/evaluation/effect-table";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime } from "@/lib/format";
import { readExecutiveDashboard } from "@/lib/kpi/dashboard";
import { minimumGroupSize } from "@/lib/kpi/health";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Mentoring ROI report" };

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v)}%`);

/** The dashboard as a board document: every figure written out with its inputs, ready for "Save as PDF". */
export default async function DashboardReportPage() {
  const actor = await requirePageAccess("dashboard:read");
  const now = new Date();
  const { value: d, computedAt } = await readExecutiveDashboard(actor);
  return (
    <article className="mx-auto max-w-4xl space-y-8 bg-white p-6 text-slate-800 ring-1 ring-slate-200 print:p-0 print:ring-0">
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Mentoring: return on investment</h1>
          <p className="mt-1 text-sm text-slate-600">
            Prepared {formatDate(now)} from Pairwise, with figures as of {formatDateTime(computedAt)}. HR data up to{" "}
            {formatDate(d.asOf)}. Aggregates of at least {minimumGroupSize} people only.
          </p>
        </div>
        <div className="print:hidden">
          <PrintButton />
        </div>
      </header>

      <section className="break-inside-avoid">
        <h2 className="text-lg font-semibold text-slate-900">Return on investment</h2>
        {d.roi.status === "estimated" ? (
          <>
            <p className="mt-2 text-sm">
              Expected ROI <strong>{pct(d.roi.range.expected.roiPercent)}</strong> (conservative{" "}
              {pct(d.roi.range.conservative.roiPercent)}, optimistic {pct(d.roi.range.optimistic.roiPercent)}); benefit–cost ratio{" "}
              {d.roi.range.expected.benefitCostRatio?.toFixed(2) ?? "—"}; payback{" "}
              {d.roi.range.expected.paybackMonths === null
                ? "not reached"
                : `${d.roi.range.expected.paybackMonths.toFixed(1)} months`}
              .
            </p>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {d.roi.inputs.map((input) => (
                <div key={input.label} className="contents">
                  <dt className="text-slate-500">{input.label}</dt>
                  <dd className="tabular-nums">{input.value}</dd>
                </div>
              ))}
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-900">Sensitivity</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {d.roi.sensitivity.map((s) => (
                <li key={s.assumption}>
                  {s.assumption}: ROI from {pct(s.low.roiPercent)} to {pct(s.high.roiPercent)}
                </li>
              ))}
            </ul>
            {d.roi.assumptions.intangibles.length > 0 && (
              <p className="mt-3 text-sm">
                Intangible benefits, not given a money value: {d.roi.assumptions.intangibles.join("; ")}.
              </p>
            )}
          </>
        ) : (
          <p className="mt-2 text-sm">Not enough data: {d.roi.reason}</p>
        )}
      </section>

      <section className="break-inside-avoid">
        <h2 className="text-lg font-semibold text-slate-900">Retention against a matched comparison group</h2>
        {d.curves && <RetentionChart participants={d.curves.participants} comparison={d.curves.comparison} />}
        <div className="mt-2">
          <EffectTable caption="Retention by months since the start" estimates={d.retention} />
        </div>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {d.effectInputs.map((input) => (
            <div key={input.label} className="contents">
              <dt className="text-slate-500">{input.label}</dt>
              <dd>{input.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="break-inside-avoid">
        <h2 className="text-lg font-semibold text-slate-900">Participation and activity</h2>
        <p className="mt-2 text-sm">{d.funnel.map((s) => `${s.stage}: ${s.people ?? "withheld"}`).join(" → ")}</p>
        <Table caption="Sessions and satisfaction by month">
          <thead>
            <tr>
              <Th>Month</Th>
              <Th className="text-right">Sessions</Th>
              <Th className="text-right">Usefulness (1–5)</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {d.activity.map((m) => (
              <tr key={m.month}>
                <Td>{m.label}</Td>
                <Td className="text-right tabular-nums">{m.sessions ?? "withheld"}</Td>
                <Td className="text-right tabular-nums">{m.satisfaction === null ? "withheld" : m.satisfaction.toFixed(2)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </article>
  );
}
