import { sessionInvite } from "@/lib/calendar/session-invite";
import { groupLink, othersIn, type GroupMembership } from "@/lib/groups/group-access";
import type { NewNotification } from "@/lib/notifications/notify";
import type { PairPerson } from "@/lib/pairs/pair-access";
import { formatInZone } from "@/lib/sessions/local-time";

interface GroupSessionState {
  id: string;
  sequence: number;
  occurredAt: Date;
  durationMinutes: number;
  format: "IN_PERSON" | "VIDEO" | "PHONE";
  place: string;
}

/**
 * One notice per member with their own calendar invite (the mentor who booked it organises), keyed
 * so one change notifies once. The invite's UID is the group session's, so a cancellation updates it.
 */
export function groupSessionNotices(
  group: GroupMembership,
  organizer: PairPerson,
  session: GroupSessionState,
  change: { event: string; subject: string },
): NewNotification[] {
  return othersIn(group, organizer.userId).map((person) => ({
    userId: person.userId,
    kind: "SESSION",
    subject: change.subject,
    body: `${formatInZone(session.occurredAt, person.timeZone)} (${person.timeZone}), ${session.durationMinutes} minutes. The calendar invite is attached.`,
    link: groupLink(group.id),
    dedupeKey: `group-session:${session.id}:${change.event}:${session.sequence}:${person.userId}`,
    calendarInvite: sessionInvite({
      sessionId: session.id,
      sequence: session.sequence,
      start: session.occurredAt,
      durationMinutes: session.durationMinutes,
      summary: `Mentoring circle: ${group.name}`,
      format: session.format,
      place: session.place,
      organizer: { name: organizer.name, email: organizer.email },
      attendee: { name: person.name, email: person.email },
      cancelled: change.event === "cancelled",
      url: groupLink(group.id),
    }),
  }));
}
