import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { groupLink, groupOfMentor, lockGroup, othersIn } from "@/lib/groups/group-access";
import type { LogGroupSessionInput } from "@/lib/groups/schemas";
import { notify } from "@/lib/notifications/notify";
import { loggedSessionFields } from "@/lib/sessions/session-fields";
import { isUniqueViolation, loggedTime, sameTimeConflict } from "@/lib/sessions/session-time";

/**
 * A mentor logs a group session once, with who came. The notes stay with the group; each
 * attending mentee's pair gets the session as its own logged session (date, length, format,
 * usefulness, topic), so the check-in queue, health and KPI counts see it for attendees only.
 */
export async function logGroupSession(
  actor: Actor,
  input: LogGroupSessionInput,
  now = new Date(),
): Promise<{ groupSessionId: string; attended: number }> {
  requirePermission(actor, "own-mentoring:write");
  const outside = (group: Awaited<ReturnType<typeof groupOfMentor>>) => {
    const members = new Set(group.mentees.map((m) => m.pairId));
    if (input.attendeePairIds.some((id) => !members.has(id))) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        attendeePairIds: ["Tick mentees who are in this group now."],
      });
    }
  };
  outside(await groupOfMentor(actor, input.groupId));
  const attendees = [...new Set(input.attendeePairIds)];
  try {
    return await db.$transaction(async (tx) => {
      // One log at a time per group, membership re-checked under the lock: a mentee who left
      // meanwhile is not counted.
      await lockGroup(tx, input.groupId);
      const group = await groupOfMentor(actor, input.groupId, tx);
      outside(group);
      const { start, durationMinutes } = loggedTime(input, group.me.timeZone, now);
      const log = loggedSessionFields(input, { start, durationMinutes }, actor.id, now);
      let groupSessionId: string;
      if (input.groupSessionId) {
        // The booked session becomes the log once; a second identical call finds it logged.
        const changed = await tx.groupSession.updateMany({
          where: { id: input.groupSessionId, groupId: group.id, status: "SCHEDULED" },
          data: log,
        });
        if (changed.count === 0) {
          throw new AppError("CONFLICT", "This session is already logged, or was not booked. Reload the page to see it.");
        }
        groupSessionId = input.groupSessionId;
      } else {
        groupSessionId = (await tx.groupSession.create({ data: { groupId: group.id, ...log }, select: { id: true } })).id;
      }
      // Attendance: the group session as each attendee's pair session. Mentees do not confirm a
      // group log one by one, so it stands confirmed as logged.
      await tx.mentoringSession.createMany({
        data: attendees.map((matchId) => ({
          matchId,
          groupSessionId,
          occurredAt: start,
          durationMinutes,
          format: input.format,
          place: input.place,
          usefulness: input.usefulness,
          topic: input.topic,
          status: "LOGGED" as const,
          loggedById: actor.id,
          loggedAt: now,
          confirmedAt: now,
        })),
      });
      await notify(
        tx,
        othersIn(group, actor.id).map((person) => ({
          userId: person.userId,
          kind: "SESSION",
          subject: `${actor.name} logged a session of ${group.name}`,
          body: "Read the notes and who came on your group page.",
          link: groupLink(group.id),
          dedupeKey: `group-session:${groupSessionId}:logged:${person.userId}`,
        })),
      );
      return { groupSessionId, attended: attendees.length };
    }, queuedTransaction);
  } catch (error) {
    if (isUniqueViolation(error)) throw sameTimeConflict();
    throw error;
  }
}
