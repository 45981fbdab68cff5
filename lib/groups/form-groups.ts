import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { planGroups } from "@/lib/groups/group-size";

/**
 * In a group programme, puts every live pair that is in no circle yet into its mentor's circle
 * (opening one where needed), never past the group size. Callers hold the programme lock
 * (lib/matching/program-lock.ts), as every write that makes a pair live does, so two never plan
 * the same circle at once. A no-op in other programme types.
 */
export async function formGroups(tx: Prisma.TransactionClient, programId: string, now: Date): Promise<void> {
  const program = await tx.program.findUniqueOrThrow({ where: { id: programId }, select: { type: true, maxGroupSize: true } });
  if (program.type !== "GROUP" || !program.maxGroupSize) return;
  const pairs = await tx.match.findMany({
    where: { programId, status: "ACTIVE", groupId: null },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { id: true, mentorId: true },
  });
  if (pairs.length === 0) return;
  const open = await tx.mentoringGroup.findMany({
    where: { programId, endedAt: null, mentorId: { in: [...new Set(pairs.map((p) => p.mentorId))] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, mentorId: true, _count: { select: { members: { where: { status: "ACTIVE" } } } } },
  });
  const plan = planGroups(
    pairs,
    open.map((g) => ({ id: g.id, mentorId: g.mentorId, size: g._count.members })),
    program.maxGroupSize,
  );
  for (const [pairId, groupId] of plan.joins) {
    await tx.match.update({ where: { id: pairId }, data: { groupId } });
  }
  for (const fresh of plan.opens) {
    const mentor = await tx.participation.findUniqueOrThrow({
      where: { id: fresh.mentorId },
      select: { user: { select: { name: true } }, _count: { select: { groupsLed: true } } },
    });
    const ordinal = mentor._count.groupsLed > 0 ? ` (${mentor._count.groupsLed + 1})` : "";
    const group = await tx.mentoringGroup.create({
      data: { programId, mentorId: fresh.mentorId, name: `${mentor.user.name}'s circle${ordinal}`, createdAt: now },
      select: { id: true },
    });
    await tx.match.updateMany({ where: { id: { in: fresh.pairIds } }, data: { groupId: group.id } });
  }
}
