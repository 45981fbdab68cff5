import "server-only";
import { formatISO, getISOWeek, getISOWeekYear } from "date-fns";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

export interface DigestSection {
  userId: string;
  lines: string[];
}

/**
 * Once a week, each person gets one message: the notifications they asked to receive as a digest
 * and, for coordinators, what the programme office has waiting (`extra`). The ISO week is in the
 * dedupe key, so a second run in the same week sends nothing new.
 */
export async function sendWeeklyDigests(now: Date, extra: DigestSection[] = []): Promise<number> {
  const week = `${getISOWeekYear(now)}-W${String(getISOWeek(now)).padStart(2, "0")}`;
  const held = await db.notification.findMany({
    where: { heldForDigestAt: { not: null, lte: now }, digestedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, userId: true, subject: true, createdAt: true },
  });
  const byUser = new Map<string, { ids: string[]; lines: string[] }>();
  const entry = (userId: string) => {
    let found = byUser.get(userId);
    if (!found) byUser.set(userId, (found = { ids: [], lines: [] }));
    return found;
  };
  for (const section of extra) if (section.lines.length > 0) entry(section.userId).lines.push(...section.lines);
  for (const message of held) {
    const found = entry(message.userId);
    found.ids.push(message.id);
    found.lines.push(`${formatISO(message.createdAt, { representation: "date" })}: ${message.subject}`);
  }
  let sent = 0;
  for (const [userId, { ids, lines }] of byUser) {
    sent += await db.$transaction(async (tx) => {
      const created = await notify(tx, [
        {
          userId,
          kind: "WEEKLY_DIGEST",
          subject: `Your Pairwise week (${week})`,
          body: lines.map((line) => `• ${line}`).join("\n"),
          link: "/me/inbox",
          dedupeKey: `digest:${userId}:${week}`,
        },
      ]);
      // Already sent this week: the held messages wait for next week's digest.
      if (created > 0 && ids.length > 0)
        await tx.notification.updateMany({ where: { id: { in: ids } }, data: { digestedAt: now } });
      return created;
    });
  }
  return sent;
}
