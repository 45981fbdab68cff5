import type { Metadata } from "next";
import { CheckInPolicyForm } from "@/components/checkins/check-in-policy-form";
import { CheckInQueue } from "@/components/checkins/check-in-queue";
import { MentorResponsivenessCard } from "@/components/checkins/mentor-responsiveness-card";
import { SessionLogList } from "@/components/checkins/session-log-list";
import { FeedbackRoundsCard } from "@/components/surveys/feedback-rounds-card";
import { PulseResultsCard } from "@/components/surveys/pulse-results-card";
import type { Actor } from "@/lib/auth/permissions";
import { recentSessions } from "@/lib/sessions/recent";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Programme check-ins" };

export default async function ProgramCheckInsPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return permissionPage("checkins:read", (actor) => (
    <div className="space-y-6">
      <CheckInQueue actor={actor} programId={programId} />
      <MentorResponsivenessCard actor={actor} programId={programId} />
      <PulseResultsCard actor={actor} programId={programId} />
      <FeedbackRoundsCard actor={actor} programId={programId} />
      <LatestSessions actor={actor} programId={programId} />
      <CheckInPolicyForm actor={actor} programId={programId} />
    </div>
  ));
}

async function LatestSessions({ actor, programId }: { actor: Actor; programId: string }) {
  return <SessionLogList sessions={await recentSessions(actor, 15, programId)} showProgram={false} />;
}
