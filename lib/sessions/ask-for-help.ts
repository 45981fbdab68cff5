import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { pairOfMember } from "@/lib/pairs/pair-access";
import type { helpRequestSchema } from "@/lib/sessions/schemas";

/**
 * "Ask the programme office for help": a confidential request to the programme's coordinators.
 * It carries only what the person writes in it, never their notes or reflections.
 */
export async function askForHelp(actor: Actor, input: z.output<typeof helpRequestSchema>): Promise<{ id: string }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await pairOfMember(actor, input.matchId);
  if (input.sessionId) {
    const session = await db.mentoringSession.findFirst({
      where: { id: input.sessionId, matchId: pair.id },
      select: { id: true },
    });
    if (!session) throw new AppError("NOT_FOUND", "That session is not in this pair.");
  }
  return db.$transaction(async (tx) => {
    const request = await tx.helpRequest.create({
      data: { matchId: pair.id, sessionId: input.sessionId ?? null, raisedById: actor.id, message: input.message },
      select: { id: true },
    });
    if (pair.coordinatorId) {
      await notify(tx, [
        {
          userId: pair.coordinatorId,
          kind: "HELP_REQUEST",
          subject: `${actor.name} asked the programme office for help`,
          body: `${pair.programName}: ${input.message}`,
          link: `/programs/${pair.programId}/pairs/${pair.id}`,
          dedupeKey: `help-request:${request.id}`,
        },
      ]);
    }
    return request;
  });
}
