import type { Metadata } from "next";
import { ProgramNameWithStatus } from "@/components/programs/status-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, NumTd, Td, numericColumns, type Column } from "@/components/ui/table";
import { activeWindowDays } from "@/lib/kpi/health";
import { formatDecimal, formatPercent } from "@/lib/format";
import { programHealthReport } from "@/lib/kpi/reports";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Evaluation" };

const healthColumns: Column[] = [
  "Programme",
  ...numericColumns(
    "Participants",
    "Match rate",
    "Active pairs",
    "At risk",
    "Sessions, last 30 days",
    "Sessions per pair per month",
  ),
];

export default async function EvaluationPage() {
  return loadedPage("evaluation:read", programHealthReport, (rows) => (
    <>
      <PageHeader
        title="Evaluation"
        description="Programme health from the data participants create: how many mentees are matched, how many pairs are meeting, and how often."
      />
      <Card
        title="Programme health"
        description={`A pair is active when it met in the last ${activeWindowDays} days; at risk when it has gone quiet for longer.`}
      >
        <DataTable
          caption="Programme health"
          columns={healthColumns}
          rows={rows}
          rowKey={(row) => row.id}
          empty="No programme has started yet"
        >
          {(row) => (
            <>
              <Td>
                <ProgramNameWithStatus name={row.name} status={row.status} href={`/programs/${row.id}/evaluation`} />
              </Td>
              <NumTd>{row.participants}</NumTd>
              <NumTd>{formatPercent(row.matchRate)}</NumTd>
              <NumTd>
                {row.activePairs} <span className="text-slate-500">of {row.livePairs}</span>
              </NumTd>
              <NumTd className={row.atRiskPairs > 0 ? "font-semibold text-amber-800" : undefined}>{row.atRiskPairs}</NumTd>
              <NumTd>{row.sessionsLast30Days}</NumTd>
              <NumTd>{formatDecimal(row.sessionsPerPairPerMonth)}</NumTd>
            </>
          )}
        </DataTable>
      </Card>
    </>
  ));
}
