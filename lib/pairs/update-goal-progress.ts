import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import type { goalProgressSchema, milestoneSchema } from "@/lib/pairs/schemas";

async function goalOfMember(actor: Actor, goalId: string) {
  const goal = await db.pairGoal.findUnique({ where: { id: goalId }, select: { matchId: true } });
  if (!goal) throw new AppError("NOT_FOUND", "That goal no longer exists.");
  await activePairOfMember(actor, goal.matchId);
}

/** Either member records where a goal stands; every change is kept in the goal's history. */
export async function updateGoalProgress(actor: Actor, input: z.output<typeof goalProgressSchema>): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  await goalOfMember(actor, input.goalId);
  const progress = input.status === "DONE" ? 100 : input.progress;
  await db.$transaction([
    db.pairGoal.update({ where: { id: input.goalId }, data: { status: input.status, progress } }),
    db.pairGoalUpdate.create({
      data: { goalId: input.goalId, authorId: actor.id, status: input.status, progress, note: input.note },
    }),
  ]);
}

/** Ticks a milestone off (or back on). Repeating the same call changes nothing. */
export async function setMilestoneDone(actor: Actor, input: z.output<typeof milestoneSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const milestone = await db.pairGoalMilestone.findUnique({ where: { id: input.milestoneId }, select: { goalId: true } });
  if (!milestone) throw new AppError("NOT_FOUND", "That milestone no longer exists.");
  await goalOfMember(actor, milestone.goalId);
  await db.pairGoalMilestone.updateMany({
    where: { id: input.milestoneId, doneAt: input.done ? null : { not: null } },
    data: { doneAt: input.done ? now : null },
  });
}
