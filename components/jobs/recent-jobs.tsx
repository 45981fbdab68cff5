import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataTable, Td } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { listJobs } from "@/lib/jobs/list-jobs";

type Recent = Awaited<ReturnType<typeof listJobs>>["recent"][number];

export function RecentJobs({ recent }: { recent: Recent[] }) {
  return (
    <Card title="Latest runs">
      <DataTable
        caption="Latest job runs"
        columns={["Job", "Started", "Finished", "Ran on"]}
        rows={recent}
        rowKey={(r) => r.id}
        empty="Nothing has run yet"
      >
        {(r) => (
          <>
            <Td>
              {r.description} {r.status === "RUNNING" && <Badge tone="info">Running</Badge>}
            </Td>
            <Td>{formatDateTime(r.startedAt)}</Td>
            <Td>{formatDateTime(r.finishedAt)}</Td>
            <Td className="font-mono text-xs">{r.lockedBy ?? "—"}</Td>
          </>
        )}
      </DataTable>
    </Card>
  );
}
