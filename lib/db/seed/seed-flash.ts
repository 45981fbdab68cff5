import type { Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { demoEmail } from "@/lib/db/seed/org-chart";
import { flashProgram } from "@/lib/db/seed/programs";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { logSession } from "@/lib/sessions/log-session";
import { logSessionSchema } from "@/lib/sessions/schemas";

/**
 * The flash programme's first round, through the functions coordinators and pairs use: matched and
 * published twenty days ago, each conversation logged the next day, which completes the pair and
 * puts the mentee back in the pool for round two. A second run finds the round and does nothing.
 */
export async function seedFlashRound(db: PrismaClient, programId: string, now: Date): Promise<void> {
  if ((await db.match.count({ where: { programId } })) > 0) return;
  const coordinator = await db.user.findUnique({
    where: { email: demoEmail("Amara Okafor") },
    select: { id: true, name: true, email: true, role: true },
  });
  if (!coordinator) return;
  const matchedAt = new Date(now.getTime() - flashProgram.firstRoundDaysAgo * dayMs);
  const heldAt = new Date(matchedAt.getTime() + dayMs);
  const run = await runMatching(coordinator, { programId }, matchedAt);
  if (run.matched === 0) return;
  await publishRun(coordinator, { runId: run.runId }, matchedAt);
  const pairs = await db.match.findMany({
    where: { programId, status: "ACTIVE" },
    select: { id: true, mentor: { select: { user: { select: { id: true, name: true, email: true, role: true } } } } },
  });
  for (const pair of pairs) {
    const mentor: Actor = pair.mentor.user;
    await logSession(
      mentor,
      logSessionSchema.parse({
        matchId: pair.id,
        day: heldAt.toISOString().slice(0, 10),
        startTime: "10:00",
        endTime: "10:45",
        format: "VIDEO",
        place: "https://meet.northwind.example/flash",
        goalIds: [],
        usefulness: 4,
        topic: "One question about moving into a team lead role",
        progress: "Talked through what changes in the first ninety days.",
        difficulties: "",
        nextSteps: "Ask my manager for a stretch project.",
      }),
      // Logged two days later, whatever the mentor's time zone makes of 10:00 that day.
      new Date(heldAt.getTime() + 2 * dayMs),
    );
  }
}
