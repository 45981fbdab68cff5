import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { listJobs } from "@/lib/jobs/list-jobs";
import { retryJobAction } from "@/app/(app)/admin/jobs/actions";

type Failure = Awaited<ReturnType<typeof listJobs>>["failures"][number];

/** How each item lays out. */
const failureRow = "flex flex-wrap items-start justify-between gap-3 py-3 text-sm first:pt-0 last:pb-0";

/** One failed job: what it was, how often it was tried, its last error, and a retry. */
function FailureItem({ failure: f }: { failure: Failure }) {
  return (
    <>
      <div className="min-w-0 space-y-1">
        <p className="font-semibold text-slate-900">
          {f.description} {f.status === "FAILED" ? <Badge tone="danger">Failed</Badge> : <Badge tone="warning">Will retry</Badge>}
        </p>
        <p className="text-xs text-slate-500">
          {f.attempts} of {f.maxAttempts} attempts · last {formatDateTime(f.finishedAt)}
          {f.status === "PENDING" && ` · next try ${formatDateTime(f.runAt)}`}
        </p>
        <p className="font-mono text-xs break-words text-red-700">{f.lastError}</p>
      </div>
      <ActionButton action={retryJobAction} input={{ jobId: f.id }} label="Retry now" />
    </>
  );
}

export function JobFailures({ failures }: { failures: Failure[] }) {
  return (
    <Card title="Failures" description="Jobs that failed for good, and jobs waiting to try again after an error.">
      <DividedList items={failures} itemKey={(f) => f.id} empty="No job has failed" className={failureRow}>
        {(f) => <FailureItem failure={f} />}
      </DividedList>
    </Card>
  );
}
