import type { Metadata } from "next";
import { JobFailures } from "@/components/jobs/job-failures";
import { JobSchedules } from "@/components/jobs/job-schedules";
import { RecentJobs } from "@/components/jobs/recent-jobs";
import { PageHeader } from "@/components/ui/page-header";
import { counted } from "@/lib/format";
import { listJobs } from "@/lib/jobs/list-jobs";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Background jobs" };

export default async function JobsPage() {
  return loadedPage("jobs:manage", listJobs, (jobs) => (
    <>
      <PageHeader
        title="Background jobs"
        description={`What Pairwise does on its own: e-mail, reminders, expiring requests and digests. ${counted(jobs.waiting, "job")} waiting to run. Times are UTC.`}
      />
      <div className="space-y-6">
        <JobSchedules schedules={jobs.schedules} />
        <JobFailures failures={jobs.failures} />
        <RecentJobs recent={jobs.recent} />
      </div>
    </>
  ));
}
