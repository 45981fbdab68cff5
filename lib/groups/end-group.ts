import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { lockGroup, notifyGroup } from "@/lib/groups/group-access";
import type { endGroupSchema } from "@/lib/groups/schemas";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

/** A coordinator ends a circle for everyone: each mentee's pair ends with it. */
export async function endGroup(actor: Actor, input: z.output<typeof endGroupSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "matching:write");
  await db.$transaction(async (tx) => {
    await lockGroup(tx, input.groupId);
    const group = await tx.mentoringGroup.findUnique({
      where: { id: input.groupId },
      select: {
        id: true,
        name: true,
        endedAt: true,
        mentor: { select: { userId: true } },
        coMentor: { select: { userId: true } },
        members: { where: { status: "ACTIVE" }, select: { mentee: { select: { userId: true } } } },
      },
    });
    if (!group) throw new AppError("NOT_FOUND", "That group does not exist.");
    if (group.endedAt) throw new AppError("CONFLICT", "This group has already ended. Refresh the page.");
    await tx.match.updateMany({
      where: { groupId: group.id, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: now, endReason: `The group ended: ${input.reason}` },
    });
    await tx.mentoringGroup.update({ where: { id: group.id }, data: { endedAt: now, endReason: input.reason } });
    const people = [group.mentor, ...(group.coMentor ? [group.coMentor] : []), ...group.members.map((m) => m.mentee)];
    await notifyGroup(tx, group.id, people, {
      kind: "GENERAL",
      subject: `${group.name} has ended`,
      body: `Your programme coordinator ended the group. ${input.reason} Thank you for the time you gave it.`,
      dedupeKey: `group-ended:${group.id}`,
    });
  }, queuedTransaction);
  await requestEvaluationRefresh(now);
}
