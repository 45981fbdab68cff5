import type { Metadata } from "next";
import { Suspense } from "react";
import { CheckInQueue } from "@/components/checkins/check-in-queue";
import { SessionLogList } from "@/components/checkins/session-log-list";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { recentSessions } from "@/lib/sessions/recent";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Check-ins" };

export default async function CheckInsPage() {
  const actor = await requirePageAccess("checkins:read");
  return (
    <>
      <PageHeader
        title="Check-ins"
        description="Who needs a call, why, and since when, across every running programme. Each programme's own queue is on its Check-ins tab."
      />
      <Suspense fallback={<PageSkeleton />}>
        <div className="space-y-6">
          <CheckInQueue actor={actor} />
          <LatestSessions actor={actor} />
        </div>
      </Suspense>
    </>
  );
}

async function LatestSessions({ actor }: { actor: Actor }) {
  return <SessionLogList sessions={await recentSessions(actor)} showProgram />;
}
