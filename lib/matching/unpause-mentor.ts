import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockRow, queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { loadMentorResponsiveness } from "@/lib/matching/load-responsiveness";
import type { unpauseMentorSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";

/**
 * A coordinator puts a paused mentor back into self-match: their unanswered requests count again
 * from now. Calls are taken one at a time per mentor, so of identical calls one un-pauses and
 * the others find the mentor no longer paused.
 */
export async function unpauseMentor(
  actor: Actor,
  input: z.output<typeof unpauseMentorSchema>,
  now = new Date(),
): Promise<{ unpaused: boolean; name: string }> {
  requirePermission(actor, "matching:write");
  return db.$transaction(async (tx) => {
    if (!(await lockRow(tx, "Participation", input.participationId)))
      throw new AppError("NOT_FOUND", "That mentor is no longer in the programme.");
    const [mentor] = await loadMentorResponsiveness({ id: input.participationId }, now, tx);
    if (!mentor) throw new AppError("NOT_FOUND", "That mentor is no longer in the programme.");
    if (!mentor.pausedSince) return { unpaused: false, name: mentor.name };
    await tx.participation.update({ where: { id: mentor.participationId }, data: { selfMatchUnpausedAt: now } });
    await notify(tx, [
      {
        userId: mentor.userId,
        kind: "RESPONSIVENESS",
        subject: `You are back in self-match in ${mentor.programName}`,
        body: "Your coordinator un-paused you: mentees can see and ask you again. Please answer each request before its deadline.",
        link: "/me/mentoring",
        dedupeKey: `mentor-unpaused:${mentor.participationId}:${now.toISOString()}`,
      },
    ]);
    return { unpaused: true, name: mentor.name };
  }, queuedTransaction);
}
