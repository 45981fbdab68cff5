import type { Metadata } from "next";
import { Suspense } from "react";
import { JobFailures } from "@/components/jobs/job-failures";
import { JobSchedules } from "@/components/jobs/job-schedules";
import { RecentJobs } from "@/components/jobs/recent-jobs";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { listJobs } from "@/lib/jobs/list-jobs";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Background jobs" };

export default async function JobsPage() {
  const actor = await requirePageAccess("jobs:manage");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Jobs actor={actor} />
    </Suspense>
  );
}

async function Jobs({ actor }: { actor: Actor }) {
  const jobs = await listJobs(actor);
  return (
    <>
      <PageHeader
        title="Background jobs"
        description={`What Pairwise does on its own: e-mail, reminders, expiring requests and digests. ${jobs.waiting} job${jobs.waiting === 1 ? "" : "s"} waiting to run. Times are UTC.`}
      />
      <div className="space-y-6">
        <JobSchedules schedules={jobs.schedules} />
        <JobFailures failures={jobs.failures} />
        <RecentJobs recent={jobs.recent} />
      </div>
    </>
  );
}
