import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { dayMs, utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import { notifyPartner } from "@/lib/pairs/pair-notices";
import type { pairGoalSchema } from "@/lib/pairs/schemas";

/** How far ahead a pair goal may be due: mentoring relationships run for months, not decades. */
export const goalHorizonDays = 2 * 366;

function invalid(field: string, message: string): never {
  throw new AppError("INVALID_INPUT", "Some fields need attention.", { [field]: [message] });
}

/** A SMART goal for the pair: a measure and a target, support, a programme goal and a due date. */
export async function createPairGoal(
  actor: Actor,
  input: z.output<typeof pairGoalSchema>,
  now = new Date(),
): Promise<{ goalId: string }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  const dueOn = utcDay(input.dueOn);
  const today = utcDay(now.toISOString().slice(0, 10));
  if (Number.isNaN(dueOn.getTime())) invalid("dueOn", "Choose a due date.");
  if (dueOn < today) invalid("dueOn", "Choose a due date from today on.");
  if (dueOn.getTime() > today.getTime() + goalHorizonDays * dayMs) invalid("dueOn", "Choose a due date within two years.");
  if (input.programGoalId) {
    const goal = await db.programGoal.findFirst({ where: { id: input.programGoalId, programId: pair.programId } });
    if (!goal) invalid("programGoalId", "Choose one of the programme's goals.");
  }
  const milestones = input.milestones.filter(Boolean);
  return db.$transaction(async (tx) => {
    const goal = await tx.pairGoal.create({
      data: {
        matchId: pair.id,
        title: input.title,
        measure: input.measure,
        target: input.target,
        support: input.support,
        programGoalId: input.programGoalId || null,
        dueOn,
        createdById: actor.id,
        milestones: { create: milestones.map((title, position) => ({ title, position })) },
        updates: { create: { authorId: actor.id, status: "NOT_STARTED", progress: 0, note: "Goal agreed." } },
      },
      select: { id: true },
    });
    await notifyPartner(tx, pair, {
      kind: "GOAL",
      subject: `${actor.name} added a goal: ${input.title}`,
      body: `Measure: ${input.measure}. Target: ${input.target}.`,
      dedupeKey: `goal:${goal.id}:created`,
    });
    return { goalId: goal.id };
  });
}
