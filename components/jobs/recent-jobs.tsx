import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { listJobs } from "@/lib/jobs/list-jobs";

type Recent = Awaited<ReturnType<typeof listJobs>>["recent"][number];

export function RecentJobs({ recent }: { recent: Recent[] }) {
  return (
    <Card title="Latest runs">
      {recent.length === 0 ? (
        <EmptyState title="Nothing has run yet" />
      ) : (
        <Table caption="Latest job runs">
          <thead className="bg-slate-50">
            <tr>
              <Th>Job</Th>
              <Th>Started</Th>
              <Th>Finished</Th>
              <Th>Ran on</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {recent.map((r) => (
              <tr key={r.id}>
                <Td>
                  {r.description} {r.status === "RUNNING" && <Badge tone="info">Running</Badge>}
                </Td>
                <Td>{formatDateTime(r.startedAt)}</Td>
                <Td>{formatDateTime(r.finishedAt)}</Td>
                <Td className="font-mono text-xs">{r.lockedBy ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
