import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { agreementSigned, pairAgreementSelect } from "@/lib/pairs/agreement-signed";
import { formatInZone } from "@/lib/sessions/local-time";
import { pairLink } from "@/lib/sessions/session-notices";

export interface DueItem {
  key: string;
  label: string;
  detail: string;
  href: string;
  /** When it is due, for ordering; null for "as soon as you can". */
  at: Date | null;
}

/** What a mentor or mentee has to do in the next seven days, across all their running pairs. */
export async function dueThisWeek(actor: Actor, now = new Date()): Promise<DueItem[]> {
  requirePermission(actor, "own-mentoring:read");
  const weekEnd = new Date(now.getTime() + 7 * dayMs);
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
  const person = { select: { userId: true, user: { select: { name: true } } } } as const;
  const pairs = await db.match.findMany({
    where: { status: "ACTIVE", OR: [{ mentor: { userId: actor.id } }, { mentee: { userId: actor.id } }] },
    select: {
      id: true,
      mentor: person,
      mentee: person,
      groupId: true,
      ...pairAgreementSelect,
      sessions: {
        where: {
          OR: [
            { status: { in: ["PROPOSED", "SCHEDULED"] }, occurredAt: { lte: weekEnd } },
            { status: "LOGGED", confirmedAt: null, loggedById: { not: actor.id } },
          ],
        },
        orderBy: { occurredAt: "asc" },
        select: { id: true, status: true, occurredAt: true, proposedById: true },
      },
      goals: {
        where: { status: { notIn: ["DONE", "DROPPED"] }, dueOn: { lte: weekEnd } },
        select: { id: true, title: true, dueOn: true },
      },
    },
  });
  const items: DueItem[] = [];
  for (const pair of pairs) {
    const iAmMentor = pair.mentor.userId === actor.id;
    const partner = (iAmMentor ? pair.mentee : pair.mentor).user.name;
    const href = pairLink(pair.id);
    const when = (at: Date) => formatInZone(at, me.timeZone);
    for (const s of pair.sessions) {
      if (s.status === "LOGGED") {
        items.push({ key: s.id, label: `Confirm the session ${partner} logged`, detail: when(s.occurredAt), href, at: null });
      } else if (s.status === "SCHEDULED" && s.occurredAt <= now) {
        items.push({ key: s.id, label: `Log your session with ${partner}`, detail: when(s.occurredAt), href, at: null });
      } else if (s.status === "SCHEDULED") {
        items.push({ key: s.id, label: `Session with ${partner}`, detail: when(s.occurredAt), href, at: s.occurredAt });
      } else if (s.occurredAt > now && s.proposedById !== actor.id) {
        items.push({ key: s.id, label: `Answer ${partner}'s proposed time`, detail: when(s.occurredAt), href, at: null });
      }
    }
    const agreement = agreementSigned(pair);
    if (!(iAmMentor ? agreement?.mentorSigned : agreement?.menteeSigned)) {
      items.push(
        pair.groupId
          ? {
              key: `${pair.groupId}-agreement`,
              label: "Sign your circle's agreement",
              detail: "",
              href: `/me/mentoring/groups/${pair.groupId}`,
              at: null,
            }
          : { key: `${pair.id}-agreement`, label: `Sign your agreement with ${partner}`, detail: "", href, at: null },
      );
    }
    for (const goal of pair.goals) {
      items.push({
        key: goal.id,
        label: `Goal due: ${goal.title}`,
        detail: goal.dueOn < now ? "Overdue" : formatInZone(goal.dueOn, "UTC", "EEE d MMM"),
        href,
        at: goal.dueOn,
      });
    }
  }
  // Things waiting on me first, then the week in date order.
  return items.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}
