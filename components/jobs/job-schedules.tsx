import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import { InlineForm } from "@/components/ui/inline-form";
import { formatDateTime } from "@/lib/format";
import type { listJobs } from "@/lib/jobs/list-jobs";
import { updateJobScheduleAction } from "@/app/(app)/admin/jobs/actions";

type Schedule = Awaited<ReturnType<typeof listJobs>>["schedules"][number];

const statusTone = { SUCCEEDED: "success", FAILED: "danger", RUNNING: "info", PENDING: "warning" } as const;
const statusLabel = { SUCCEEDED: "Succeeded", FAILED: "Failed", RUNNING: "Running", PENDING: "Will retry" } as const;

/** How each item lays out. */
const scheduleRow = "grid gap-4 py-4 first:pt-0 last:pb-0 lg:grid-cols-[1fr_22rem]";

/** One recurring job: when it last ran and how, when it runs next, and its schedule to change. */
function ScheduleItem({ schedule: s }: { schedule: Schedule }) {
  return (
    <>
      <div className="space-y-1 text-sm">
        <p className="font-semibold text-slate-900">{s.description}</p>
        <p className="font-mono text-xs text-slate-500">{s.name}</p>
        <p className="text-slate-700">
          Last run:{" "}
          {s.lastRun ? (
            <>
              {formatDateTime(s.lastRun.startedAt)}{" "}
              <Badge tone={statusTone[s.lastRun.status]}>{statusLabel[s.lastRun.status]}</Badge>
            </>
          ) : (
            "not yet"
          )}
        </p>
        {s.lastRun?.lastError && <p className="text-xs text-red-700">{s.lastRun.lastError}</p>}
        <p className="text-slate-700">Next run: {formatDateTime(s.nextRunAt)}</p>
      </div>
      <InlineForm
        fields={[{ name: "cron", label: "Schedule (cron)", wide: true }]}
        fixed={{ name: s.name }}
        initial={{ cron: s.cron }}
        resetOnSuccess={false}
        submitLabel="Save schedule"
        action={updateJobScheduleAction}
      />
    </>
  );
}

export function JobSchedules({ schedules }: { schedules: Schedule[] }) {
  return (
    <Card title="Recurring jobs" description="Each runs on its cron schedule (minute hour day month weekday, in UTC).">
      <DividedList items={schedules} itemKey={(s) => s.name} empty="The job runner has not started yet" className={scheduleRow}>
        {(s) => <ScheduleItem schedule={s} />}
      </DividedList>
    </Card>
  );
}
