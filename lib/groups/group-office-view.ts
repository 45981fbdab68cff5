import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { groupSignatures } from "@/lib/groups/group-agreement-state";
import { attendanceOf } from "@/lib/groups/group-workspace";
import { listedGroupSessions, officeGroupSessionFields } from "@/lib/sessions/session-fields";

/**
 * The programme office's view of one circle: its members (mentors, mentees, who left and when),
 * whether everyone signed the agreement, and each session's date, length, usefulness and who came.
 * What the group shares among itself (topics, progress, next steps) and anyone's private
 * reflection are never selected.
 */
export async function groupOfficeView(actor: Actor, programId: string, groupId: string) {
  requirePermission(actor, "matching:read");
  const group = await db.mentoringGroup.findFirst({
    where: { id: groupId, programId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      endedAt: true,
      endReason: true,
      mentorId: true,
      coMentorId: true,
      program: { select: { id: true, name: true } },
      mentor: { select: { userId: true, user: { select: { name: true, title: true } } } },
      coMentor: { select: { userId: true, user: { select: { name: true, title: true } } } },
      members: {
        where: { status: { in: ["ACTIVE", "ENDED"] } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          status: true,
          startedAt: true,
          endedAt: true,
          endReason: true,
          mentee: { select: { userId: true, user: { select: { name: true, title: true } } } },
        },
      },
      sessions: { ...listedGroupSessions, select: officeGroupSessionFields },
    },
  });
  if (!group) throw new AppError("NOT_FOUND", "That group is not in this programme.");
  const mentors = [group.mentor, ...(group.coMentor ? [group.coMentor] : [])];
  const inGroup = group.members.filter((m) =>
    group.endedAt ? m.endedAt !== null && m.endedAt.getTime() >= group.endedAt.getTime() : m.status === "ACTIVE",
  );
  const signatures = await groupSignatures(db, {
    id: group.id,
    everyone: [...mentors, ...inGroup.map((m) => m.mentee)],
  });
  const named = group.members.map((m) => ({ id: m.id, name: m.mentee.user.name, startedAt: m.startedAt, endedAt: m.endedAt }));
  const logged = group.sessions.filter((s) => s.status === "LOGGED");
  const minutes = logged.reduce((n, s) => n + s.durationMinutes, 0);
  const coMentorChoices =
    group.coMentorId || group.endedAt
      ? []
      : await db.participation.findMany({
          where: { programId, role: "MENTOR", status: "APPROVED", id: { not: group.mentorId } },
          orderBy: { user: { name: "asc" } },
          select: { id: true, user: { select: { name: true } } },
        });
  return {
    id: group.id,
    name: group.name,
    program: group.program,
    createdAt: group.createdAt,
    endedAt: group.endedAt,
    endReason: group.endReason,
    /** Approved mentors of the programme who could join as co-mentor; empty once there is one. */
    coMentorChoices: coMentorChoices.map((m) => ({ id: m.id, name: m.user.name })),
    mentors: mentors.map((m, k) => ({
      name: m.user.name,
      title: m.user.title,
      role: k === 0 ? "Mentor" : "Co-mentor",
      signedAt: signatures.signedAt.get(m.userId) ?? null,
    })),
    mentees: group.members.map((m) => ({
      pairId: m.id,
      name: m.mentee.user.name,
      title: m.mentee.user.title,
      inGroup: inGroup.includes(m),
      startedAt: m.startedAt,
      leftAt: inGroup.includes(m) ? null : m.endedAt,
      leftReason: inGroup.includes(m) ? null : m.endReason,
      signedAt: signatures.signedAt.get(m.mentee.userId) ?? null,
    })),
    agreement: { version: signatures.version, everyoneSigned: signatures.everyoneSigned },
    sessions: group.sessions.map((s) => ({
      id: s.id,
      status: s.status,
      occurredAt: s.occurredAt,
      durationMinutes: s.durationMinutes,
      usefulness: s.usefulness,
      ...(s.status === "LOGGED" ? attendanceOf(s, named, group.createdAt) : { came: [], missed: [] }),
    })),
    summary: {
      logged: logged.length,
      hours: Math.round(minutes / 6) / 10,
      lastSessionAt: logged[0]?.occurredAt ?? null,
    },
  };
}
