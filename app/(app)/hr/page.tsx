import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { hrEventLabels } from "@/lib/hr/import";
import { hrOverview } from "@/lib/hr/overview";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "HR outcomes" };

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
        <Table caption="HR events by kind">
          <thead className="bg-slate-50">
            <tr>
              <Th>Event</Th>
              <Th className="text-right">Events</Th>
              <Th>From</Th>
              <Th>To</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {overview.byKind.map((row) => (
              <tr key={row.kind}>
                <Td className="capitalize">{hrEventLabels[row.kind]}</Td>
                <Td className="text-right tabular-nums">{row.events}</Td>
                <Td>{formatDate(row.first)}</Td>
                <Td>{formatDate(row.last)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
