import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import type { cancelSessionSchema } from "@/lib/sessions/schemas";
import { sessionNotices } from "@/lib/sessions/session-notices";

/** Either person calls off a proposed or booked session; both calendars get METHOD:CANCEL. */
export async function cancelSession(actor: Actor, input: z.output<typeof cancelSessionSchema>): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await sessionOfMember(actor, input.sessionId);
  await db.$transaction(async (tx) => {
    const changed = await tx.mentoringSession.updateMany({
      where: { id: input.sessionId, status: { in: ["PROPOSED", "SCHEDULED"] } },
      data: { status: "CANCELLED", sequence: { increment: 1 } },
    });
    const session = await tx.mentoringSession.findUniqueOrThrow({ where: { id: input.sessionId } });
    if (changed.count === 0) {
      if (session.status === "CANCELLED") return;
      throw new AppError("CONFLICT", "Only a session that has not happened yet can be called off.");
    }
    await notify(
      tx,
      sessionNotices(pair, session, {
        event: "cancelled",
        cancelled: true,
        to: [pair.me, pair.partner],
        subject: (to) =>
          to.userId === actor.id ? "You called off a mentoring session" : `${actor.name} called off your mentoring session`,
      }),
    );
  });
}
