import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { SessionsChart } from "@/components/dashboard/sessions-chart";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDecimal, formatPercent } from "@/lib/format";
import { minimumGroupSize } from "@/lib/kpi/health";
import { executiveSummary } from "@/lib/kpi/reports";
import { programTypeLabels } from "@/lib/programs/schemas";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Dashboard" };

function Withheld() {
  return <span className="text-xs text-slate-500">withheld</span>;
}

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function DashboardPage() {
  const actor = await requirePageAccess("dashboard:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <DashboardPageContent actor={actor} />
    </Suspense>
  );
}

async function DashboardPageContent({ actor }: { actor: Actor }) {
  const summary = await executiveSummary(actor);
  const withheld = summary.rows.some((row) => row.participants === null);
  const thisMonth = summary.sessionsByMonth.at(-1)?.label ?? "";

  return (
    <>
      <PageHeader title="Mentoring at a glance" description="Organisation-wide figures across every programme that has opened. Aggregates only: no individual's notes or scores appear here." />
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Programmes" value={String(summary.programmes)} detail="open, running or closed" />
        <Stat label="Participants" value={String(summary.participants)} detail="approved mentors and mentees" />
        <Stat label="Active pairs" value={String(summary.activePairs)} detail="met in the last 30 days" />
        <Stat label="Sessions this month" value={String(summary.sessionsThisMonth)} detail={thisMonth} />
      </dl>
      <div className="space-y-6">
        <Card title="Sessions per month" description="Mentoring sessions logged across all programmes, last six months.">
          <SessionsChart data={summary.sessionsByMonth} />
        </Card>
        <Card title="Programmes" description="Per programme, for those large enough to report on.">
          {summary.rows.length === 0 ? (
            <EmptyState title="No programme has opened yet" />
          ) : (
            <>
              <Table caption="Programme figures">
                <thead className="bg-slate-50">
                  <tr>
                    <Th>Programme</Th>
                    <Th className="text-right">People</Th>
                    <Th className="text-right">Matched</Th>
                    <Th className="text-right">Active pairs</Th>
                    <Th className="text-right">Sessions per pair per month</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {summary.rows.map((row) => (
                    <tr key={row.id}>
                      <Td>
                        <p className="font-medium text-slate-900">{row.name}</p>
                        <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                          {programTypeLabels[row.type]} <ProgramStatusBadge status={row.status} />
                        </p>
                      </Td>
                      <Td className="text-right tabular-nums">{row.participants ?? <Withheld />}</Td>
                      <Td className="text-right tabular-nums">{row.participants === null ? <Withheld /> : formatPercent(row.matchRate)}</Td>
                      <Td className="text-right tabular-nums">{row.activePairs ?? <Withheld />}</Td>
                      <Td className="text-right tabular-nums">{row.participants === null ? <Withheld /> : formatDecimal(row.sessionsPerPairPerMonth)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {withheld && (
                <p className="mt-4 text-xs text-slate-500">
                  Figures for programmes with fewer than {minimumGroupSize} approved participants are withheld so no one can be identified.
                </p>
              )}
            </>
          )}
        </Card>
      </div>
    </>
  );
}
