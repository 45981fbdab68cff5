import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { groupLink, groupOfMember, lockGroup } from "@/lib/groups/group-access";
import type { leaveGroupSchema } from "@/lib/groups/schemas";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";
import { notify } from "@/lib/notifications/notify";

/**
 * A mentee leaves their circle, saying why: their own pair ends, the group goes on for the others.
 * The last mentee to leave ends the group. The reason goes to the group's mentors and the
 * programme's coordinator, as a pair's end reason does.
 */
export async function leaveGroup(
  actor: Actor,
  input: z.output<typeof leaveGroupSchema>,
  now = new Date(),
): Promise<{ groupEnded: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  const result = await db.$transaction(async (tx) => {
    await lockGroup(tx, input.groupId);
    const group = await groupOfMember(actor, input.groupId, tx);
    const mine = group.mentees.find((m) => m.userId === actor.id);
    if (!mine) throw new AppError("CONFLICT", "Only a mentee in the group can leave it; a mentor asks the programme office.");
    // Conditional: of identical parallel calls only the first ends the pair.
    const ended = await tx.match.updateMany({
      where: { id: mine.pairId, groupId: group.id, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: now, endReason: `Left the group: ${input.reason}` },
    });
    if (ended.count === 0) throw new AppError("CONFLICT", "You have already left this group.");
    const groupEnded = group.mentees.length === 1;
    if (groupEnded) {
      await tx.mentoringGroup.update({
        where: { id: group.id },
        data: { endedAt: now, endReason: "The last mentee left the group." },
      });
    }
    const told = new Set([...group.mentors.map((m) => m.userId), ...(group.coordinatorId ? [group.coordinatorId] : [])]);
    await notify(
      tx,
      [...told].map((userId) => ({
        userId,
        kind: "GENERAL",
        subject: `${actor.name} left ${group.name}`,
        body: groupEnded
          ? `They were the last mentee, so the group has ended. Their reason: ${input.reason}`
          : `The group goes on for the others. Their reason: ${input.reason}`,
        link: group.mentors.some((m) => m.userId === userId)
          ? groupLink(group.id)
          : `/programs/${group.programId}/pairs/groups/${group.id}`,
        dedupeKey: `group-left:${mine.pairId}:${userId}`,
      })),
    );
    return { groupEnded };
  }, queuedTransaction);
  await requestEvaluationRefresh(now);
  return result;
}
