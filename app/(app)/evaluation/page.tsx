import type { Actor } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import Link from "next/link";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { activeWindowDays } from "@/lib/kpi/health";
import { formatDecimal, formatPercent } from "@/lib/format";
import { programHealthReport } from "@/lib/kpi/reports";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Evaluation" };

export default async function EvaluationPage() {
  return permissionPage("evaluation:read", (actor) => <EvaluationPageContent actor={actor} />);
}

async function EvaluationPageContent({ actor }: { actor: Actor }) {
  const rows = await programHealthReport(actor);
  return (
    <>
      <PageHeader
        title="Evaluation"
        description="Programme health from the data participants create: how many mentees are matched, how many pairs are meeting, and how often."
      />
      <Card
        title="Programme health"
        description={`A pair is active when it met in the last ${activeWindowDays} days; at risk when it has gone quiet for longer.`}
      >
        {rows.length === 0 ? (
          <EmptyState title="No programme has started yet" />
        ) : (
          <Table caption="Programme health">
            <thead className="bg-slate-50">
              <tr>
                <Th>Programme</Th>
                <Th className="text-right">Participants</Th>
                <Th className="text-right">Match rate</Th>
                <Th className="text-right">Active pairs</Th>
                <Th className="text-right">At risk</Th>
                <Th className="text-right">Sessions, last 30 days</Th>
                <Th className="text-right">Sessions per pair per month</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link
                      href={`/programs/${row.id}/evaluation`}
                      className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                    >
                      {row.name}
                    </Link>
                    <div className="mt-1">
                      <ProgramStatusBadge status={row.status} />
                    </div>
                  </Td>
                  <Td className="text-right tabular-nums">{row.participants}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(row.matchRate)}</Td>
                  <Td className="text-right tabular-nums">
                    {row.activePairs} <span className="text-slate-500">of {row.livePairs}</span>
                  </Td>
                  <Td className={`text-right tabular-nums ${row.atRiskPairs > 0 ? "font-semibold text-amber-800" : ""}`}>
                    {row.atRiskPairs}
                  </Td>
                  <Td className="text-right tabular-nums">{row.sessionsLast30Days}</Td>
                  <Td className="text-right tabular-nums">{formatDecimal(row.sessionsPerPairPerMonth)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
