import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { groupOfMember } from "@/lib/groups/group-access";
import { groupSignatures } from "@/lib/groups/group-agreement-state";
import { agreementTermKeys, templateTerms, type AgreementTerms } from "@/lib/pairs/agreement-terms";
import { formatInZone, zonedParts } from "@/lib/sessions/local-time";
import { listedGroupSessions, memberGroupSessionFields } from "@/lib/sessions/session-fields";

/**
 * Who came to a logged group session, and who of the mentees in the group then did not. A session
 * held before the group was formed in Pairwise (logged afterwards) expects its founding mentees.
 */
export function attendanceOf(
  session: { occurredAt: Date; attendance: { matchId: string }[] },
  pairs: { id: string; name: string; startedAt: Date | null; endedAt: Date | null }[],
  groupFormedAt: Date,
) {
  const came = new Set(session.attendance.map((a) => a.matchId));
  const joinedBy = Math.max(session.occurredAt.getTime(), groupFormedAt.getTime());
  const inGroupThen = pairs.filter(
    (p) => (p.startedAt === null || p.startedAt.getTime() <= joinedBy) && (p.endedAt === null || p.endedAt > session.occurredAt),
  );
  return {
    came: pairs.filter((p) => came.has(p.id)).map((p) => p.name),
    missed: inGroupThen.filter((p) => !came.has(p.id)).map((p) => p.name),
  };
}

/**
 * Everything a member of a circle sees on the group page: who is in it (mentors and mentees), the
 * agreement and who has signed this version, booked sessions, and logged sessions with the notes
 * shared with the group and who came. Nobody's private reflection is read here.
 */
export async function groupWorkspace(actor: Actor, groupId: string, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  const group = await groupOfMember(actor, groupId);
  const [people, agreement, signatures, sessions, pairs, formed] = await Promise.all([
    db.user.findMany({
      where: { id: { in: group.everyone.map((p) => p.userId) } },
      select: { id: true, title: true, department: { select: { name: true } } },
    }),
    db.agreement.findUnique({ where: { groupId } }),
    groupSignatures(db, group),
    db.groupSession.findMany({
      where: { groupId, ...listedGroupSessions.where },
      orderBy: listedGroupSessions.orderBy,
      select: memberGroupSessionFields,
    }),
    db.match.findMany({
      where: { groupId, status: { in: ["ACTIVE", "ENDED"] } },
      orderBy: { id: "asc" },
      select: { id: true, startedAt: true, endedAt: true, mentee: { select: { user: { select: { name: true } } } } },
    }),
    db.mentoringGroup.findUniqueOrThrow({ where: { id: groupId }, select: { createdAt: true } }),
  ]);
  const formedAt = formed.createdAt;
  const about = new Map(people.map((p) => [p.id, p]));
  const names = new Map(group.everyone.map((p) => [p.userId, p.name]));
  const terms: AgreementTerms = agreement
    ? (Object.fromEntries(agreementTermKeys.map((k) => [k, agreement[k]])) as AgreementTerms)
    : await templateTerms(db, group.programId);
  const tz = group.me.timeZone;
  const shape = (s: (typeof sessions)[number]) => ({
    id: s.id,
    when: formatInZone(s.occurredAt, tz),
    ends: formatInZone(new Date(s.occurredAt.getTime() + s.durationMinutes * 60_000), tz, "HH:mm"),
    local: zonedParts(s.occurredAt, tz),
    endLocal: zonedParts(new Date(s.occurredAt.getTime() + s.durationMinutes * 60_000), tz),
    durationMinutes: s.durationMinutes,
    format: s.format,
    place: s.place,
  });
  const named = pairs.map((p) => ({ id: p.id, name: p.mentee.user.name, startedAt: p.startedAt, endedAt: p.endedAt }));
  const member = (role: string) => (p: (typeof group.everyone)[number]) => ({
    userId: p.userId,
    name: p.name,
    role,
    title: about.get(p.userId)?.title ?? null,
    department: about.get(p.userId)?.department?.name ?? null,
    signedAt: signatures.signedAt.get(p.userId) ?? null,
  });
  return {
    group: { id: group.id, name: group.name, programName: group.programName, ended: group.ended, myRole: group.myRole },
    me: { userId: group.me.userId, timeZone: tz },
    members: [
      ...group.mentors.map((m, k) => member(k === 0 ? "Mentor" : "Co-mentor")(m)),
      ...group.mentees.map(member("Mentee")),
    ],
    /** For the mentor's attendance list: each mentee in the group now, by their pair. */
    mentees: group.mentees.map((m) => ({ pairId: m.pairId, name: m.name })),
    agreement: {
      terms,
      version: agreement?.version ?? 1,
      fromTemplate: agreement === null,
      mySignedAt: signatures.signedAt.get(actor.id) ?? null,
      everyoneSigned: signatures.everyoneSigned,
    },
    /** Booked sessions, soonest first; one that has started waits for its mentor to log it. */
    upcoming: sessions
      .filter((s) => s.status === "SCHEDULED")
      .reverse()
      .map((s) => ({ ...shape(s), started: s.occurredAt <= now })),
    past: sessions
      .filter((s) => s.status === "LOGGED")
      .map((s) => ({
        ...shape(s),
        topic: s.topic,
        progress: s.progress,
        difficulties: s.difficulties,
        nextSteps: s.nextSteps,
        usefulness: s.usefulness,
        loggedBy: s.loggedById ? (names.get(s.loggedById) ?? "A former member") : null,
        ...attendanceOf(s, named, formedAt),
      })),
    today: zonedParts(now, tz).day,
  };
}

export type GroupWorkspace = Awaited<ReturnType<typeof groupWorkspace>>;
