import type { Metadata } from "next";
import Link from "next/link";
import { ActivityChart } from "@/components/dashboard/activity-chart";
import { RetentionChart } from "@/components/dashboard/retention-chart";
import { EffectTable } from "@/components/evaluation/effect-table";
import { FigureInputs } from "@/components/evaluation/figure-inputs";
import { FiguresAsOf } from "@/components/evaluation/figures-as-of";
import { RoiPanel } from "@/components/evaluation/roi-panel";
import { ProgramNameWithStatus } from "@/components/programs/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, NumTd, Td, numericColumns, type Column } from "@/components/ui/table";
import type { KpiStatus } from "@/lib/kpi/status";
import { readExecutiveDashboard } from "@/lib/kpi/dashboard";
import { minimumGroupSize } from "@/lib/kpi/health";
import { formatMetric } from "@/lib/kpi/metrics";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Dashboard" };

const programColumns: Column[] = ["Programme", ...numericColumns("People", "KPIs met", "On track", "Behind", "Not enough data")];
const kpiStatuses: KpiStatus[] = ["met", "on-track", "behind", "not-enough-data"];

function Withheld() {
  return <span className="text-xs text-slate-500">withheld</span>;
}

export default async function DashboardPage() {
  return loadedPage("dashboard:read", readExecutiveDashboard, ({ value: dashboard, computedAt, stale }) => {
    const { roi } = dashboard;
    const twelve = dashboard.retention.find((e) => e.months === 12);
    const expected = roi.status === "estimated" ? roi.range.expected : null;
    const funnelTop = dashboard.funnel.find((s) => s.people !== null)?.people ?? null;

    return (
      <>
        <PageHeader
          title="Mentoring ROI"
          description={`What mentoring returns, measured against a matched comparison group from your own HR data. Aggregates only: every figure rests on at least ${minimumGroupSize} people. Select a figure to see what it is computed from.`}
          actions={
            <>
              <Link href="/dashboard/report" className={buttonClass("secondary")}>
                Board report
              </Link>
              <Link href="/dashboard/export" className={buttonClass("secondary")} prefetch={false}>
                Download CSV
              </Link>
            </>
          }
        />
        <FiguresAsOf computedAt={computedAt} refreshing={stale} />
        <dl className="mb-6 grid gap-4 md:grid-cols-3">
          <div className="rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200">
            <dt className="text-sm font-medium text-slate-600">Return on investment, expected</dt>
            <dd className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">
              {expected ? (
                <FigureInputs
                  inputs={roi.status === "estimated" ? roi.inputs : []}
                  method="(Monetised benefits − fully loaded costs) ÷ costs."
                >
                  {expected.roiPercent === null ? "—" : `${Math.round(expected.roiPercent)}%`}
                </FigureInputs>
              ) : (
                <span className="text-xl text-slate-500">Not enough data</span>
              )}
            </dd>
            <dd className="mt-1 text-xs text-slate-500">
              {roi.status === "estimated"
                ? `Range ${Math.round(roi.range.conservative.roiPercent ?? 0)}% to ${Math.round(roi.range.optimistic.roiPercent ?? 0)}% · payback ${expected?.paybackMonths === null || !expected ? "none" : `${expected.paybackMonths.toFixed(1)} months`}`
                : roi.reason}
            </dd>
          </div>
          <div className="rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200">
            <dt className="text-sm font-medium text-slate-600">12-month retention, participants vs matched comparison</dt>
            <dd className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">
              {twelve?.status === "estimated" ? (
                <FigureInputs inputs={dashboard.effectInputs}>{formatMetric("points", twelve.difference)}</FigureInputs>
              ) : (
                <span className="text-xl text-slate-500">Not enough data</span>
              )}
            </dd>
            <dd className="mt-1 text-xs text-slate-500">
              {twelve?.status === "estimated"
                ? `95% interval ${formatMetric("points", twelve.ci95[0])} to ${formatMetric("points", twelve.ci95[1])}; naive comparison ${formatMetric("points", twelve.naive.difference)}`
                : twelve?.reason}
            </dd>
          </div>
          <div className="rounded-xl bg-white p-5 shadow-card ring-1 ring-slate-200">
            <dt className="text-sm font-medium text-slate-600">People taking part</dt>
            <dd className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">
              {dashboard.participants ?? <span className="text-xl text-slate-500">withheld</span>}
            </dd>
            <dd className="mt-1 text-xs text-slate-500">approved mentors and mentees, each counted once</dd>
          </div>
        </dl>

        <div className="space-y-6">
          <Card
            title="Retention since the start"
            description="Voluntary retention of participants against non-participants employed the same day in the same department, level band, tenure band and location. Shaded bands are 95% intervals."
          >
            {dashboard.curves ? (
              <RetentionChart participants={dashboard.curves.participants} comparison={dashboard.curves.comparison} />
            ) : (
              <EmptyState title="Not enough data for retention curves">
                {dashboard.hasHrData
                  ? `Each group needs at least ${minimumGroupSize} people.`
                  : "Import HR outcomes to see retention."}
              </EmptyState>
            )}
            <div className="mt-4">
              <EffectTable caption="Retention by months since the start" estimates={dashboard.retention} />
            </div>
          </Card>

          <Card
            title="Return on investment"
            description="Phillips method, with the range the retention interval allows and the assumption that moves it most."
          >
            <RoiPanel roi={roi} />
          </Card>

          <div className="grid gap-6 lg:grid-cols-2">
            <Card title="Participation funnel" description="People at each stage across every programme.">
              <ol className="space-y-3">
                {dashboard.funnel.map((stage) => (
                  <li key={stage.stage}>
                    <div className="flex justify-between text-sm">
                      <span className="font-medium text-slate-800">{stage.stage}</span>
                      <span className="tabular-nums">{stage.people ?? <Withheld />}</span>
                    </div>
                    <div className="mt-1 h-2.5 rounded-full bg-slate-100">
                      {stage.people !== null && funnelTop ? (
                        <div
                          className="h-2.5 rounded-full bg-brand-600"
                          style={{ width: `${Math.min(100, (stage.people / funnelTop) * 100)}%` }}
                        />
                      ) : null}
                    </div>
                  </li>
                ))}
              </ol>
            </Card>
            <Card title="Sessions and satisfaction" description="Sessions logged per month and their average usefulness (1–5).">
              <ActivityChart data={dashboard.activity} />
            </Card>
          </div>

          <Card title="Programmes" description="Participants and KPI status per programme.">
            <DataTable
              caption="Programme figures"
              columns={programColumns}
              rows={dashboard.programs}
              rowKey={(row) => row.id}
              empty="No programme has opened yet"
            >
              {(row) => (
                <>
                  <Td>
                    <ProgramNameWithStatus name={row.name} status={row.status} />
                  </Td>
                  <NumTd>{row.participants ?? <Withheld />}</NumTd>
                  {row.kpi ? (
                    kpiStatuses.map((status) => <NumTd key={status}>{row.kpi?.[status]}</NumTd>)
                  ) : (
                    <Td colSpan={4} className="text-right text-xs text-slate-500">
                      No KPI matrix yet
                    </Td>
                  )}
                </>
              )}
            </DataTable>
            <p className="mt-4 text-xs text-slate-500">
              Counts under {minimumGroupSize} are withheld, and so is the next smallest where the total would otherwise give one
              back.
            </p>
          </Card>
        </div>
      </>
    );
  });
}
