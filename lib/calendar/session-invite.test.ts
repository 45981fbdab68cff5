import { describe, expect, it } from "vitest";
import { sessionFeed, sessionInvite, sessionUid, type SessionEvent } from "@/lib/calendar/session-invite";
import { zonedMoment } from "@/lib/sessions/local-time";

const base: SessionEvent = {
  sessionId: "s1",
  sequence: 0,
  start: new Date("2026-12-08T09:30:00Z"),
  durationMinutes: 60,
  summary: "Mentoring: Lena Fischer and Sofia Rossi",
  format: "VIDEO",
  place: "https://meet.example.com/abc",
  organizer: { name: "Lena Fischer", email: "lena@example.com" },
  attendee: { name: "Sofia Rossi", email: "sofia@example.com" },
  cancelled: false,
};

function line(ics: string, name: string): string | undefined {
  return ics
    .split("\r\n")
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, "");
}

describe("session invites", () => {
  it("is a REQUEST with organiser, attendee, UTC times and the link", () => {
    // Long lines are folded at 75 octets (RFC 5545 3.1); unfold before reading.
    const ics = sessionInvite(base).replace(/\r\n /g, "");
    expect(line(ics, "METHOD")).toBe("REQUEST");
    expect(line(ics, "UID")).toBe(sessionUid("s1"));
    expect(line(ics, "DTSTART")).toBe("20261208T093000Z");
    expect(line(ics, "DTEND")).toBe("20261208T103000Z");
    expect(ics).toContain('ORGANIZER;CN="Lena Fischer":mailto:lena@example.com');
    expect(ics).toMatch(/ATTENDEE;[^\r\n]*CN="Sofia Rossi":MAILTO:sofia@example.com/);
    expect(line(ics, "LOCATION")).toBe("https://meet.example.com/abc");
  });

  it("keeps the UID and raises SEQUENCE when rescheduled, and cancels with METHOD:CANCEL", () => {
    const first = sessionInvite(base);
    const moved = sessionInvite({ ...base, sequence: 1, start: new Date("2026-12-09T10:00:00Z") });
    const cancelled = sessionInvite({ ...base, sequence: 2, cancelled: true });
    expect(line(moved, "UID")).toBe(line(first, "UID"));
    expect(Number(line(moved, "SEQUENCE"))).toBeGreaterThan(Number(line(first, "SEQUENCE")));
    expect(line(cancelled, "METHOD")).toBe("CANCEL");
    expect(line(cancelled, "STATUS")).toBe("CANCELLED");
    expect(Number(line(cancelled, "SEQUENCE"))).toBe(2);
  });

  it("puts a London 09:00 session after the clock change at 08:00 UTC", () => {
    const ics = sessionInvite({ ...base, start: zonedMoment("2027-03-29", "09:00", "Europe/London") });
    expect(line(ics, "DTSTART")).toBe("20270329T080000Z");
  });

  it("lists a person's sessions in a feed without a METHOD that asks for a reply", () => {
    const feed = sessionFeed("Pairwise: Lena", [base, { ...base, sessionId: "s2", format: "PHONE", place: "+44 20 7946 0000" }]);
    expect(line(feed, "METHOD")).toBe("PUBLISH");
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(feed).toContain("LOCATION:Phone: +44 20 7946 0000");
  });
});
