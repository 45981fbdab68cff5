import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { changeLockedGroup, groupOfMentor, notifyGroup, othersIn } from "@/lib/groups/group-access";
import type { LogGroupSessionInput } from "@/lib/groups/schemas";
import { loggedSessionFields } from "@/lib/sessions/session-fields";
import { logBookedOrNew, loggedTime, orSameTimeConflict } from "@/lib/sessions/session-time";

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
  // The group's mentor, with every attendee a mentee in the group now. Checked again under the
  // group's lock (one log at a time per group): a mentee who left meanwhile is not counted.
  const mentorOfAttendees = async (mentor: Actor, groupId: string, client: Prisma.TransactionClient) => {
    const group = await groupOfMentor(mentor, groupId, client);
    const members = new Set(group.mentees.map((m) => m.pairId));
    if (input.attendeePairIds.some((id) => !members.has(id))) {
      throw new AppError("INVALID_INPUT", "Some fields need attention.", {
        attendeePairIds: ["Tick mentees who are in this group now."],
      });
    }
    return group;
  };
  const attendees = [...new Set(input.attendeePairIds)];
  return orSameTimeConflict(
    changeLockedGroup(actor, input.groupId, mentorOfAttendees, async (tx, group) => {
      const { start, durationMinutes } = loggedTime(input, group.me.timeZone, now);
      const log = loggedSessionFields(input, { start, durationMinutes }, actor.id, now);
      const groupSessionId = await logBookedOrNew(
        input.groupSessionId,
        (id) => tx.groupSession.updateMany({ where: { id, groupId: group.id, status: "SCHEDULED" }, data: log }),
        () => tx.groupSession.create({ data: { groupId: group.id, ...log }, select: { id: true } }),
      );
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
      await notifyGroup(tx, group.id, othersIn(group, actor.id), {
        kind: "SESSION",
        subject: `${actor.name} logged a session of ${group.name}`,
        body: "Read the notes and who came on your group page.",
        dedupeKey: `group-session:${groupSessionId}:logged`,
      });
      return { groupSessionId, attended: attendees.length };
    }),
  );
}
