import "server-only";
import { db } from "@/lib/db/client";
import { counted } from "@/lib/format";
import { loadMentorResponsiveness, missedDeadline } from "@/lib/matching/load-responsiveness";
import { notify } from "@/lib/notifications/notify";

/**
 * Tells each mentor who is paused from self-match why, once per pause: the dedupe key names the
 * answer or un-pause the count started from, so only a new pause after one of those notifies again.
 * Returns how many were told now. Runs with request expiry (lib/jobs/registry.ts).
 */
export async function notifyPausedMentors(now = new Date()): Promise<number> {
  const mentors = await loadMentorResponsiveness(
    {
      status: "APPROVED",
      program: { matchingMode: "SELF_MATCH", status: { not: "CLOSED" } },
      requestsReceived: { some: missedDeadline(now) },
    },
    now,
  );
  return notify(
    db,
    mentors
      .filter((m) => m.pausedSince)
      .map((m) => ({
        userId: m.userId,
        kind: "RESPONSIVENESS",
        subject: `You are paused from self-match in ${m.programName}`,
        body: `${counted(m.unanswered, "mentoring request")} passed the deadline without an answer, so mentees no longer see you in their list or ask you. Answer the next request that reaches you, or ask your coordinator to un-pause you, and mentees can choose you again.`,
        link: "/me/mentoring",
        dedupeKey: `mentor-paused:${m.participationId}:${m.countingFrom?.toISOString() ?? "start"}`,
      })),
  );
}
