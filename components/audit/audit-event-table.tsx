import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import type { AuditFilter } from "@/lib/audit/schemas";
import { formatDateTime } from "@/lib/format";

function olderHref(filter: AuditFilter, before: string): string {
  const params = new URLSearchParams();
  for (const key of ["action", "person", "from", "to"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  params.set("before", before);
  return `/admin/audit?${params}`;
}

export function AuditEventTable({
  events,
  olderFrom,
  filter,
}: {
  events: AuditEventRow[];
  olderFrom: string | null;
  filter: AuditFilter;
}) {
  if (events.length === 0) {
    return (
      <Card>
        <EmptyState title="No events match">Try another event, name or date range.</EmptyState>
      </Card>
    );
  }
  return (
    <Card>
      <Table caption="Audit events, newest first">
        <thead>
          <tr>
            <Th>When (UTC)</Th>
            <Th>Who</Th>
            <Th>Event</Th>
            <Th>What happened</Th>
            <Th>From</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((event) => (
            <tr key={event.id}>
              <Td className="whitespace-nowrap tabular-nums">{formatDateTime(event.at)}</Td>
              <Td>{event.actorName}</Td>
              <Td className="whitespace-nowrap">{event.actionLabel}</Td>
              <Td>{event.summary}</Td>
              <Td className="font-mono text-xs">{event.address ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {olderFrom && (
        <p className="mt-4">
          <Link href={olderHref(filter, olderFrom)} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            Older events
          </Link>
        </p>
      )}
    </Card>
  );
}
