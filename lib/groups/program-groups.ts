import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/**
 * A group programme's circles for its hub: who leads each, how many mentees it has and how many
 * sessions it has logged. Membership and activity only; no notes.
 */
export async function programGroups(actor: Actor, programId: string) {
  requirePermission(actor, "matching:read");
  const [groups, mentors] = await Promise.all([
    db.mentoringGroup.findMany({
      where: { programId },
      orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        endedAt: true,
        mentor: { select: { user: { select: { name: true } } } },
        coMentor: { select: { user: { select: { name: true } } } },
        _count: { select: { members: { where: { status: "ACTIVE" } } } },
        sessions: { where: { status: "LOGGED" }, orderBy: { occurredAt: "desc" }, select: { occurredAt: true } },
      },
    }),
    db.participation.findMany({
      where: { programId, role: "MENTOR", status: "APPROVED" },
      orderBy: { user: { name: "asc" } },
      select: { id: true, user: { select: { name: true } } },
    }),
  ]);
  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      ended: g.endedAt !== null,
      mentor: g.mentor.user.name,
      coMentor: g.coMentor?.user.name ?? null,
      mentees: g._count.members,
      sessions: g.sessions.length,
      lastSessionAt: g.sessions[0]?.occurredAt ?? null,
    })),
    /** Approved mentors a coordinator can add as a co-mentor. */
    mentors: mentors.map((m) => ({ id: m.id, name: m.user.name })),
  };
}

export type ProgramGroups = Awaited<ReturnType<typeof programGroups>>;
