import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { groupOfMentor } from "@/lib/groups/group-access";
import { groupSessionNotices } from "@/lib/groups/group-session-notices";
import type { ScheduleGroupSessionInput } from "@/lib/groups/schemas";
import { notify } from "@/lib/notifications/notify";
import { orSameTimeConflict, plannedTime } from "@/lib/sessions/session-time";

/**
 * A mentor books a session for the whole circle: one booking, one invite per member. A group has
 * no back-and-forth over the time (nobody could agree for everyone); a member who cannot come
 * simply does not attend, and the mentor records who came when logging it.
 */
export async function scheduleGroupSession(
  actor: Actor,
  input: ScheduleGroupSessionInput,
  now = new Date(),
): Promise<{ groupSessionId: string }> {
  requirePermission(actor, "own-mentoring:write");
  const group = await groupOfMentor(actor, input.groupId);
  const { start, durationMinutes } = plannedTime(input, group.me.timeZone, now);
  // One booking per start time: an identical second call finds the first.
  return orSameTimeConflict(
    db.$transaction(async (tx) => {
      const session = await tx.groupSession.create({
        data: {
          groupId: group.id,
          status: "SCHEDULED",
          occurredAt: start,
          durationMinutes,
          format: input.format,
          place: input.place,
          scheduledById: actor.id,
        },
      });
      await notify(
        tx,
        groupSessionNotices(group, group.me, session, {
          event: "scheduled",
          subject: `${actor.name} booked a session for ${group.name}`,
        }),
      );
      return { groupSessionId: session.id };
    }, queuedTransaction),
  );
}
