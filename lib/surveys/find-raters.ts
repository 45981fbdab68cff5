import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { FindRatersInput } from "@/lib/surveys/schemas";
import type { RaterChoice } from "@/lib/surveys/three-sixty-rules";

const resultLimit = 20;

/** Who the mentee of this pair cannot ask as a colleague: themself, their mentor and their manager. */
async function menteePair(actor: Actor, pairId: string) {
  const pair = await db.match.findUnique({
    // Only the mentee's own pair is ever read.
    where: { id: pairId, mentee: { userId: actor.id } },
    select: {
      mentor: { select: { userId: true } },
      mentee: { select: { user: { select: { departmentId: true, managerId: true } } } },
    },
  });
  if (!pair) throw new AppError("NOT_FOUND", "That pair is not one of yours.");
  return {
    departmentId: pair.mentee.user.departmentId,
    excluded: [actor.id, pair.mentor.userId, ...(pair.mentee.user.managerId ? [pair.mentee.user.managerId] : [])],
  };
}

/**
 * People in the directory whose name matches, for a mentee choosing whom to ask for 360 feedback:
 * colleagues in other departments see the work too. The mentee's own department comes first.
 * Only what a company directory shows leaves the server: name, job title and department.
 */
export async function findRaters(actor: Actor, input: FindRatersInput): Promise<RaterChoice[]> {
  requirePermission(actor, "own-mentoring:read");
  const { departmentId, excluded } = await menteePair(actor, input.pairId);
  const people = await db.user.findMany({
    where: {
      active: true,
      id: { notIn: excluded },
      name: { contains: input.query, mode: "insensitive" },
    },
    orderBy: { name: "asc" },
    take: 200,
    select: { id: true, name: true, title: true, departmentId: true, department: { select: { name: true } } },
  });
  const sameDepartmentFirst = [
    ...people.filter((p) => departmentId !== null && p.departmentId === departmentId),
    ...people.filter((p) => departmentId === null || p.departmentId !== departmentId),
  ];
  return sameDepartmentFirst
    .slice(0, resultLimit)
    .map((p) => ({ id: p.id, name: p.name, title: p.title, department: p.department?.name ?? null }));
}
