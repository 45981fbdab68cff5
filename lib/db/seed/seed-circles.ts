import type { Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { demoEmail } from "@/lib/db/seed/org-chart";
import { circlesProgram } from "@/lib/db/seed/programs";
import { logGroupSession } from "@/lib/groups/log-group-session";
import { logGroupSessionSchema } from "@/lib/groups/schemas";
import { signGroupAgreement } from "@/lib/groups/sign-group-agreement";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";

const actor = { select: { id: true, name: true, email: true, role: true } } as const;

/**
 * What each circle did, by its position (oldest first): sessions held (days ago) and which of its
 * mentees, if any, missed each one.
 */
const circlePlans: { everyoneSigns: boolean; sessions: { daysAgo: number; topic: string; missed: number | null }[] }[] = [
  {
    everyoneSigns: true,
    sessions: [
      { daysAgo: 26, topic: "From expert to team lead: what changes", missed: null },
      { daysAgo: 12, topic: "Delegating without losing the thread", missed: 1 },
    ],
  },
  { everyoneSigns: false, sessions: [{ daysAgo: 19, topic: "Running your first one-to-ones", missed: 2 }] },
];

/**
 * The group programme's circles, through the functions coordinators and mentors use: matched and
 * published a month ago (publishing forms one circle per mentor), agreements signed, and a few
 * group sessions logged with who came. A second run finds the circles and does nothing.
 */
export async function seedCircles(db: PrismaClient, programId: string, now: Date): Promise<void> {
  if ((await db.mentoringGroup.count({ where: { programId } })) > 0) return;
  const coordinator = await db.user.findUnique({ where: { email: demoEmail("Amara Okafor") }, ...actor });
  if (!coordinator) return;
  const matchedAt = new Date(now.getTime() - circlesProgram.matchedDaysAgo * dayMs);
  const run = await runMatching(coordinator, { programId }, matchedAt);
  if (run.matched === 0) return;
  await publishRun(coordinator, { runId: run.runId }, matchedAt);
  const groups = await db.mentoringGroup.findMany({
    where: { programId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      mentor: { select: { user: actor } },
      members: { orderBy: { id: "asc" }, select: { id: true, mentee: { select: { user: actor } } } },
    },
  });
  for (const [k, group] of groups.entries()) {
    const plan = circlePlans[k % circlePlans.length]!;
    const mentor: Actor = group.mentor.user;
    const people: Actor[] = [mentor, ...group.members.map((m) => m.mentee.user)];
    // Everyone signs in the first circle; in the second one mentee has not yet.
    const signers = plan.everyoneSigns ? people : people.slice(0, -1);
    for (const [n, person] of signers.entries()) {
      await signGroupAgreement(person, { groupId: group.id, version: 1 }, new Date(matchedAt.getTime() + (n + 1) * dayMs));
    }
    for (const session of plan.sessions) {
      const heldAt = new Date(now.getTime() - session.daysAgo * dayMs);
      const attendees = group.members.filter((_, m) => m !== session.missed);
      await logGroupSession(
        mentor,
        logGroupSessionSchema.parse({
          groupId: group.id,
          day: heldAt.toISOString().slice(0, 10),
          startTime: "16:00",
          endTime: "17:15",
          format: "VIDEO",
          place: "https://meet.northwind.example/circles",
          attendeePairIds: attendees.map((m) => m.id),
          usefulness: 4,
          topic: session.topic,
          progress: "Each of us brought one situation from this fortnight; the circle suggested a next step for each.",
          nextSteps: "Try the step before the next session and report back on what happened.",
        }),
        // Logged the day after, whatever the mentor's time zone makes of 16:00 that day.
        new Date(heldAt.getTime() + dayMs),
      );
    }
  }
}
