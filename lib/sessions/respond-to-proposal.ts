import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import type { respondSessionSchema } from "@/lib/sessions/schemas";
import { pairLink, sessionNotices } from "@/lib/sessions/session-notices";

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
    // The condition is the state check: of many identical calls, one changes the row.
    const changed = await tx.mentoringSession.updateMany({
      where: { id: input.sessionId, status: "PROPOSED", proposedById: { not: actor.id } },
      data: { status, sequence: { increment: 1 }, acceptedAt: input.accept ? now : null },
    });
    const session = await tx.mentoringSession.findUniqueOrThrow({ where: { id: input.sessionId } });
    if (changed.count === 0) {
      if (session.status === status) return { status };
      if (session.status === "PROPOSED") {
        throw new AppError("CONFLICT", `You proposed this time; ${pair.partner.name} answers it.`);
      }
      throw new AppError("CONFLICT", "This proposal has already been answered or called off. Reload the page.");
    }
    if (input.accept) {
      await notify(
        tx,
        sessionNotices(pair, session, {
          event: "accepted",
          cancelled: false,
          to: [pair.me, pair.partner],
          subject: (to) =>
            to.userId === actor.id ? "Your mentoring session is booked" : `${actor.name} accepted your mentoring session`,
        }),
      );
    } else {
      await notify(tx, [
        {
          userId: pair.partner.userId,
          kind: "SESSION",
          subject: `${actor.name} cannot make the time you proposed`,
          body: "Propose another time from the pair page; the suggested slots fit both your calendars.",
          link: pairLink(pair.id),
          dedupeKey: `session:${session.id}:declined:${session.sequence}:${pair.partner.userId}`,
        },
      ]);
    }
    return { status };
  });
}
