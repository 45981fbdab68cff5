import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import { callOffOnce, calledOff } from "@/lib/sessions/change-once";
import type { cancelSessionSchema } from "@/lib/sessions/schemas";
import { notifySessionChange } from "@/lib/sessions/session-notices";

/** Either person calls off a proposed or booked session; both calendars get METHOD:CANCEL. */
export async function cancelSession(actor: Actor, input: z.output<typeof cancelSessionSchema>): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await sessionOfMember(actor, input.sessionId);
  await db.$transaction(async (tx) => {
    const session = await callOffOnce(
      () =>
        tx.mentoringSession.updateMany({
          where: { id: input.sessionId, status: { in: ["PROPOSED", "SCHEDULED"] } },
          data: calledOff,
        }),
      () => tx.mentoringSession.findUniqueOrThrow({ where: { id: input.sessionId } }),
    );
    if (!session) return;
    await notifySessionChange(tx, pair, session, {
      event: "cancelled",
      ownSubject: "You called off a mentoring session",
      subject: `${actor.name} called off your mentoring session`,
    });
  });
}
