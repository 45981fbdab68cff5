import ical, { ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface SessionEvent {
  sessionId: string;
  sequence: number;
  start: Date;
  durationMinutes: number;
  summary: string;
  format: "IN_PERSON" | "VIDEO" | "PHONE" | null;
  place: string;
  /** The person who proposed it organises it; the other attends. */
  organizer: CalendarPerson;
  attendee: CalendarPerson;
  cancelled: boolean;
  /** Where the session lives in Pairwise. */
  url?: string;
}

const prodId = { company: "Pairwise", product: "Pairwise mentoring", language: "EN" };

/** The same UID for every version of a session, so calendars update the event instead of adding one. */
export function sessionUid(sessionId: string): string {
  return `session-${sessionId}@pairwise`;
}

function location(event: SessionEvent): string {
  if (event.format === "PHONE") return `Phone: ${event.place}`;
  return event.place;
}

function addEvent(calendar: ReturnType<typeof ical>, event: SessionEvent) {
  calendar.createEvent({
    id: sessionUid(event.sessionId),
    sequence: event.sequence,
    start: event.start,
    end: new Date(event.start.getTime() + event.durationMinutes * 60_000),
    summary: event.summary,
    location: location(event) || null,
    url: event.format === "VIDEO" && /^https?:\/\//.test(event.place) ? event.place : (event.url ?? null),
    description: event.url ? `Open in Pairwise: ${event.url}` : null,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: event.organizer,
    attendees: [
      { ...event.attendee, role: ICalAttendeeRole.REQ, rsvp: !event.cancelled },
      { ...event.organizer, role: ICalAttendeeRole.REQ },
    ],
  });
}

/** An RFC 5545 invite for one change: METHOD REQUEST for a new or moved session, CANCEL when it is off. */
export function sessionInvite(event: SessionEvent): string {
  const calendar = ical({
    prodId,
    method: event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addEvent(calendar, event);
  return calendar.toString();
}

/** A subscription feed: every session of one person, as calendars poll it. */
export function sessionFeed(name: string, events: SessionEvent[]): string {
  const calendar = ical({ prodId, name, method: ICalCalendarMethod.PUBLISH, ttl: 60 * 60 });
  for (const event of events) addEvent(calendar, event);
  return calendar.toString();
}
