import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, NumTd, Td, numericColumns, type Column } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { hrEventLabels } from "@/lib/hr/import";
import { hrOverview } from "@/lib/hr/overview";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "HR outcomes" };

const hrColumns: Column[] = ["Event", ...numericColumns("Events"), "From", "To"];

export default async function HrPage() {
  const actor = await requirePageAccess("hr:read");
  const overview = await hrOverview(actor);
  return (
    <>
      <PageHeader
        title="HR outcomes"
        description="The HR data behind retention, promotion and ROI figures. Only people with access to HR data see it; executives see aggregates of at least five people."
        actions={
          can(actor, "hr:import") ? (
            <Link href="/hr/import" className={buttonClass()}>
              Import HR outcomes
            </Link>
          ) : undefined
        }
      />
      <Card
        title="What Pairwise holds"
        description={`${overview.people} people have HR events; last import ${overview.lastImportAt ? formatDate(overview.lastImportAt) : "never"}.`}
      >
        <DataTable caption="HR events by kind" columns={hrColumns} rows={overview.byKind} rowKey={(row) => row.kind}>
          {(row) => (
            <>
              <Td className="capitalize">{hrEventLabels[row.kind]}</Td>
              <NumTd>{row.events}</NumTd>
              <Td>{formatDate(row.first)}</Td>
              <Td>{formatDate(row.last)}</Td>
            </>
          )}
        </DataTable>
      </Card>
    </>
  );
}
