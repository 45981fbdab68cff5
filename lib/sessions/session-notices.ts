import { sessionInvite } from "@/lib/calendar/session-invite";
import type { Prisma } from "@/lib/db/generated/client";
import { notify, type NewNotification } from "@/lib/notifications/notify";
import type { PairMembership } from "@/lib/pairs/pair-access";
import { formatInZone } from "@/lib/sessions/local-time";

/** What a calendar invite needs of a session: select these, then pass the row to `inviteFor`. */
export const inviteSessionFields = {
  id: true,
  matchId: true,
  status: true,
  sequence: true,
  occurredAt: true,
  durationMinutes: true,
  format: true,
  place: true,
  proposedById: true,
} as const;

interface SessionState {
  id: string;
  sequence: number;
  occurredAt: Date;
  durationMinutes: number;
  format: "IN_PERSON" | "VIDEO" | "PHONE" | null;
  place: string;
  proposedById: string | null;
}

export function pairLink(matchId: string): string {
  return `/me/mentoring/${matchId}`;
}

/** The invite for the session as it stands now: the proposer organises, the other attends. */
export function inviteFor(pair: PairMembership, session: SessionState, cancelled: boolean): string {
  const organizer = session.proposedById === pair.partner.userId ? pair.partner : pair.me;
  const attendee = organizer === pair.me ? pair.partner : pair.me;
  return sessionInvite({
    sessionId: session.id,
    sequence: session.sequence,
    start: session.occurredAt,
    durationMinutes: session.durationMinutes,
    summary: `Mentoring: ${pair.mentor.name} and ${pair.mentee.name}`,
    format: session.format,
    place: session.place,
    organizer: { name: organizer.name, email: organizer.email },
    attendee: { name: attendee.name, email: attendee.email },
    cancelled,
    url: pairLink(pair.id),
  });
}

/**
 * One notice per person with the invite attached, keyed so one change notifies once. The partner
 * always hears; the actor (`pair.me`) hears too when `ownSubject` is given. A cancellation's invite
 * cancels the calendar event.
 */
function sessionNotices(
  pair: PairMembership,
  session: SessionState,
  change: { event: string; subject: string; ownSubject?: string },
): NewNotification[] {
  const calendarInvite = inviteFor(pair, session, change.event === "cancelled");
  const to = [
    ...(change.ownSubject === undefined ? [] : [{ person: pair.me, subject: change.ownSubject }]),
    { person: pair.partner, subject: change.subject },
  ];
  return to.map(({ person, subject }) => ({
    userId: person.userId,
    kind: "SESSION",
    subject,
    body: `${formatInZone(session.occurredAt, person.timeZone)} (${person.timeZone}), ${session.durationMinutes} minutes. The calendar invite is attached.`,
    link: pairLink(pair.id),
    dedupeKey: `session:${session.id}:${change.event}:${session.sequence}:${person.userId}`,
    calendarInvite,
  }));
}

/** Queues the session's notices (see `sessionNotices`) inside the change's transaction. */
export async function notifySessionChange(
  tx: Prisma.TransactionClient,
  pair: PairMembership,
  session: SessionState,
  change: { event: string; subject: string; ownSubject?: string },
): Promise<void> {
  await notify(tx, sessionNotices(pair, session, change));
}
