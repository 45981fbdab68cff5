import "server-only";
import { db } from "@/lib/db/client";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import { quietPeriods } from "@/lib/checkins/quiet";
import { notify, type NewNotification } from "@/lib/notifications/notify";
import { startedPairFields, startedPairs } from "@/lib/pairs/started-pairs";
import { loggedOnly } from "@/lib/sessions/session-fields";

/**
 * Reminds both people in a pair that has not met for longer than its programme's cadence: once
 * per cadence period, whatever runs it how often (the dedupe key names the period).
 */
export async function nudgeQuietPairs(now: Date): Promise<number> {
  const pairs = await db.match.findMany({
    where: startedPairs(now),
    select: {
      ...startedPairFields,
      sessions: {
        where: { ...loggedOnly, occurredAt: { lte: now } },
        orderBy: { occurredAt: "desc" },
        take: 1,
        select: { occurredAt: true },
      },
    },
  });
  const policies = await loadCheckInPolicies([...new Set(pairs.map((p) => p.programId))]);
  const nudges: NewNotification[] = [];
  for (const pair of pairs) {
    const cadenceDays = policies.get(pair.programId)!.cadenceDays;
    const lastActivity = pair.sessions[0]?.occurredAt ?? pair.startedAt!;
    const periods = quietPeriods(lastActivity, now, cadenceDays);
    if (periods === 0) continue;
    const since = pair.sessions[0] ? "your last session" : "you were matched";
    for (const [me, partner] of [
      [pair.mentor, pair.mentee],
      [pair.mentee, pair.mentor],
    ] as const) {
      nudges.push({
        userId: me.userId,
        kind: "NUDGE",
        subject: `Time to meet ${partner.user.name} again`,
        body: `${pair.program.name}: it has been more than ${cadenceDays * periods} days since ${since}. Suggest a date to ${partner.user.name}, or tell your coordinator if something is in the way.`,
        link: "/me/mentoring",
        dedupeKey: `nudge:${pair.id}:${me.userId}:${lastActivity.toISOString()}:${periods}`,
      });
    }
  }
  return db.$transaction((tx) => notify(tx, nudges));
}
