import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { groupLink, lockGroup } from "@/lib/groups/group-access";
import type { addCoMentorSchema } from "@/lib/groups/schemas";
import { notify } from "@/lib/notifications/notify";

/**
 * A coordinator adds a second mentor to a circle: an approved mentor of the same programme who
 * is not already its mentor. A group has at most two mentors, so a second co-mentor is refused.
 */
export async function addCoMentor(actor: Actor, input: z.output<typeof addCoMentorSchema>): Promise<void> {
  requirePermission(actor, "matching:write");
  const invalid = (message: string) => new AppError("INVALID_INPUT", "Some fields need attention.", { mentorId: [message] });
  await db.$transaction(async (tx) => {
    await lockGroup(tx, input.groupId);
    const group = await tx.mentoringGroup.findUnique({
      where: { id: input.groupId },
      select: { id: true, name: true, programId: true, mentorId: true, coMentorId: true, endedAt: true },
    });
    if (!group) throw new AppError("NOT_FOUND", "That group does not exist.");
    if (group.endedAt) throw new AppError("CONFLICT", "This group has ended, so it cannot be changed.");
    if (group.coMentorId === input.mentorId) return;
    if (group.coMentorId) throw new AppError("CONFLICT", "This group already has a co-mentor. A group has two mentors at most.");
    const mentor = await tx.participation.findFirst({
      where: { id: input.mentorId, programId: group.programId, role: "MENTOR", status: "APPROVED" },
      select: { id: true, userId: true },
    });
    if (!mentor) throw invalid("Choose an approved mentor of this programme.");
    if (mentor.id === group.mentorId) throw invalid("This mentor already leads the group.");
    await tx.mentoringGroup.update({ where: { id: group.id }, data: { coMentorId: mentor.id } });
    await notify(tx, [
      {
        userId: mentor.userId,
        kind: "GENERAL",
        subject: `You are now a co-mentor of ${group.name}`,
        body: "Meet the group, read its agreement and sign it on your group page.",
        link: groupLink(group.id),
        dedupeKey: `group-co-mentor:${group.id}:${mentor.id}`,
      },
    ]);
  }, queuedTransaction);
}
