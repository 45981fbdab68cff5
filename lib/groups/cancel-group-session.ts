import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { groupOfMentor } from "@/lib/groups/group-access";
import { groupSessionNotices } from "@/lib/groups/group-session-notices";
import type { cancelGroupSessionSchema } from "@/lib/groups/schemas";
import { notify } from "@/lib/notifications/notify";
import { callOffOnce, calledOff } from "@/lib/sessions/change-once";

/** A mentor calls off a booked group session; every member's calendar gets METHOD:CANCEL. */
export async function cancelGroupSession(actor: Actor, input: z.output<typeof cancelGroupSessionSchema>): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const found = await db.groupSession.findUnique({ where: { id: input.groupSessionId }, select: { groupId: true } });
  if (!found) throw new AppError("NOT_FOUND", "That session no longer exists.");
  const group = await groupOfMentor(actor, found.groupId);
  await db.$transaction(async (tx) => {
    const session = await callOffOnce(
      () => tx.groupSession.updateMany({ where: { id: input.groupSessionId, status: "SCHEDULED" }, data: calledOff }),
      () => tx.groupSession.findUniqueOrThrow({ where: { id: input.groupSessionId } }),
    );
    if (!session) return;
    await notify(
      tx,
      groupSessionNotices(group, group.me, session, {
        event: "cancelled",
        subject: `${actor.name} called off a session of ${group.name}`,
      }),
    );
  });
}
