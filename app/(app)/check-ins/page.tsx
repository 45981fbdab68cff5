import type { Metadata } from "next";
import { CheckInQueue } from "@/components/checkins/check-in-queue";
import { SessionLogList } from "@/components/checkins/session-log-list";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { recentSessions } from "@/lib/sessions/recent";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Check-ins" };

export default async function CheckInsPage() {
  const content = await permissionPage("checkins:read", (actor) => (
    <div className="space-y-6">
      <CheckInQueue actor={actor} />
      <LatestSessions actor={actor} />
    </div>
  ));
  return (
    <>
      <PageHeader
        title="Check-ins"
        description="Who needs a call, why, and since when, across every running programme. Each programme's own queue is on its Check-ins tab."
      />
      {content}
    </>
  );
}

async function LatestSessions({ actor }: { actor: Actor }) {
  return <SessionLogList sessions={await recentSessions(actor)} showProgram />;
}
