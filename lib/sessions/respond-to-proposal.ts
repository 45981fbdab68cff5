import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notifyPartner } from "@/lib/pairs/pair-notices";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import { changeOnce } from "@/lib/sessions/change-once";
import type { respondSessionSchema } from "@/lib/sessions/schemas";
import { notifySessionChange } from "@/lib/sessions/session-notices";

/** The person who did not propose the time accepts it (both get the invite) or declines it. */
export async function respondToProposal(
  actor: Actor,
  input: z.output<typeof respondSessionSchema>,
  now = new Date(),
): Promise<{ status: "SCHEDULED" | "DECLINED" }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await sessionOfMember(actor, input.sessionId);
  const status = input.accept ? ("SCHEDULED" as const) : ("DECLINED" as const);
  return db.$transaction(async (tx) => {
    const session = await changeOnce({
      update: () =>
        tx.mentoringSession.updateMany({
          where: { id: input.sessionId, status: "PROPOSED", proposedById: { not: actor.id } },
          data: { status, sequence: { increment: 1 }, acceptedAt: input.accept ? now : null },
        }),
      read: () => tx.mentoringSession.findUniqueOrThrow({ where: { id: input.sessionId } }),
      alreadyDone: (row) => row.status === status,
      refuse: (row) =>
        row.status === "PROPOSED"
          ? new AppError("CONFLICT", `You proposed this time; ${pair.partner.name} answers it.`)
          : new AppError("CONFLICT", "This proposal has already been answered or called off. Reload the page."),
    });
    if (!session) return { status };
    if (input.accept) {
      await notifySessionChange(tx, pair, session, {
        event: "accepted",
        ownSubject: "Your mentoring session is booked",
        subject: `${actor.name} accepted your mentoring session`,
      });
    } else {
      await notifyPartner(tx, pair, {
        kind: "SESSION",
        subject: `${actor.name} cannot make the time you proposed`,
        body: "Propose another time from the pair page; the suggested slots fit both your calendars.",
        dedupeKey: `session:${session.id}:declined:${session.sequence}:${pair.partner.userId}`,
      });
    }
    return { status };
  });
}
