import { formatISO } from "date-fns";
import type { Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordCheckIn } from "@/lib/checkins/record-check-in";

const isoDay = (date: Date) => formatISO(date, { representation: "date" });

/**
 * Demo check-ins, recorded through the same function coordinators use. Fixed request keys make
 * a second seed run record nothing new.
 */
export async function seedProgrammeOffice(db: PrismaClient, now: Date): Promise<void> {
  const coordinator = await db.user.findFirst({
    where: { role: "COORDINATOR", name: "Amara Okafor" },
    select: { id: true, name: true, email: true, role: true },
  });
  if (!coordinator) return;
  const actor: Actor = coordinator;
  const demo = [
    {
      matchId: "seed-match-0",
      daysAgo: 40,
      key: "5eed0000-0000-4000-8000-000000000001",
      outcome: "ON_TRACK" as const,
      note: "Both happy with the rhythm; Lena wants more on stakeholder management.",
      followUpInDays: null,
    },
    {
      matchId: "seed-match-7",
      daysAgo: 5,
      key: "5eed0000-0000-4000-8000-000000000002",
      outcome: "NEEDS_SUPPORT" as const,
      note: "Tyler moved teams; Henrik offered fortnightly calls. Check they have restarted.",
      followUpInDays: 10,
    },
  ];
  for (const item of demo) {
    const pair = await db.match.findUnique({ where: { id: item.matchId }, select: { programId: true, status: true } });
    if (!pair || pair.status !== "ACTIVE") continue;
    const heldOn = new Date(now.getTime() - item.daysAgo * dayMs);
    await recordCheckIn(
      actor,
      {
        programId: pair.programId,
        matchId: item.matchId,
        requestKey: item.key,
        heldOn: isoDay(heldOn),
        withWhom: "BOTH",
        channel: "VIDEO",
        outcome: item.outcome,
        note: item.note,
        followUpOn: item.followUpInDays ? isoDay(new Date(heldOn.getTime() + item.followUpInDays * dayMs)) : undefined,
      },
      now,
    );
  }
}
