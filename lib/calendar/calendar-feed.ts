import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { sessionFeed, type SessionEvent } from "@/lib/calendar/session-invite";
import { inviteSessionFields, pairLink } from "@/lib/sessions/session-notices";

function hash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Whether the person has a live subscription address (the address itself is shown only once). */
export async function calendarFeedStatus(actor: Actor): Promise<{ createdAt: Date } | null> {
  requirePermission(actor, "own-mentoring:read");
  return db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true } });
}

/** A new secret address; any earlier one stops working at once. */
export async function createCalendarFeed(actor: Actor): Promise<{ secret: string }> {
  requirePermission(actor, "own-mentoring:write");
  const secret = randomBytes(24).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.deleteMany({ where: { userId: actor.id } });
    await tx.calendarFeed.create({ data: { userId: actor.id, secretHash: hash(secret) } });
  });
  return { secret };
}

export async function revokeCalendarFeed(actor: Actor): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  await db.calendarFeed.deleteMany({ where: { userId: actor.id } });
}

/**
 * The feed calendars poll: every booked, proposed or cancelled session of the person behind the
 * secret, with times and places only (no notes). Null for an unknown or revoked secret.
 */
export async function calendarFeedBySecret(secret: string): Promise<string | null> {
  const feed = await db.calendarFeed.findUnique({ where: { secretHash: hash(secret) }, select: { userId: true } });
  const person = feed ? await db.user.findUnique({ where: { id: feed.userId }, select: { id: true, name: true } }) : null;
  if (!person) return null;
  const who = { select: { userId: true, user: { select: { name: true, email: true } } } } as const;
  const sessions = await db.mentoringSession.findMany({
    where: {
      status: { in: ["PROPOSED", "SCHEDULED", "CANCELLED", "LOGGED"] },
      match: { OR: [{ mentor: { userId: person.id } }, { mentee: { userId: person.id } }] },
    },
    orderBy: { occurredAt: "asc" },
    select: {
      ...inviteSessionFields,
      match: { select: { mentor: who, mentee: who } },
    },
  });
  const events: SessionEvent[] = sessions.map((s) => {
    const mentor = { name: s.match.mentor.user.name, email: s.match.mentor.user.email };
    const mentee = { name: s.match.mentee.user.name, email: s.match.mentee.user.email };
    const menteeProposed = s.proposedById === s.match.mentee.userId;
    return {
      sessionId: s.id,
      sequence: s.sequence,
      start: s.occurredAt,
      durationMinutes: s.durationMinutes,
      summary: `${s.status === "PROPOSED" ? "Proposed: " : ""}Mentoring: ${mentor.name} and ${mentee.name}`,
      format: s.format,
      place: s.place,
      organizer: menteeProposed ? mentee : mentor,
      attendee: menteeProposed ? mentor : mentee,
      cancelled: s.status === "CANCELLED",
      url: pairLink(s.matchId),
    };
  });
  return sessionFeed(`Mentoring – ${person.name}`, events);
}
