import "server-only";
import { db } from "@/lib/db/client";
import { loadCheckInQueue } from "@/lib/checkins/list-queue";
import type { DigestSection } from "@/lib/notifications/send-weekly-digests";

/** What each coordinator's weekly digest says about the check-in queue and regular check-ins. */
export async function coordinatorDigestSections(now: Date): Promise<DigestSection[]> {
  const [{ items, schedules }, coordinators] = await Promise.all([
    loadCheckInQueue({}, now),
    db.user.findMany({ where: { active: true, role: { in: ["COORDINATOR", "ADMIN"] } }, select: { id: true } }),
  ]);
  const lines = schedules.map((s) => {
    const waiting = items.filter((i) => i.programId === s.programId).length;
    return `${s.programName}: ${waiting} waiting for a check-in; regular check-ins ${s.done} of ${s.livePairs} pairs done this period.`;
  });
  if (lines.length === 0) return [];
  return coordinators.map((c) => ({ userId: c.id, lines }));
}
