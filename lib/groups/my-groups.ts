import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** The circles I lead, co-mentor or belong to as a mentee, for My mentoring. */
export async function myGroups(actor: Actor) {
  requirePermission(actor, "own-mentoring:read");
  const groups = await db.mentoringGroup.findMany({
    where: {
      OR: [
        { mentor: { userId: actor.id } },
        { coMentor: { userId: actor.id } },
        { members: { some: { status: "ACTIVE", mentee: { userId: actor.id } } } },
      ],
    },
    orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      endedAt: true,
      program: { select: { name: true } },
      mentor: { select: { userId: true } },
      coMentor: { select: { userId: true } },
      _count: { select: { members: { where: { status: "ACTIVE" } } } },
    },
  });
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    programName: g.program.name,
    ended: g.endedAt !== null,
    myRole: g.mentor.userId === actor.id ? "Mentor" : g.coMentor?.userId === actor.id ? "Co-mentor" : "Mentee",
    mentees: g._count.members,
  }));
}
