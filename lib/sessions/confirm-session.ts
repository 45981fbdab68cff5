import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sessionOfMember } from "@/lib/pairs/pair-access";
import { changeOnce } from "@/lib/sessions/change-once";
import type { confirmSessionSchema } from "@/lib/sessions/schemas";

/** The partner of whoever logged a session confirms it, with a correction if the log is off. */
export async function confirmSession(
  actor: Actor,
  input: z.output<typeof confirmSessionSchema>,
  now = new Date(),
): Promise<{ corrected: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  await sessionOfMember(actor, input.sessionId);
  return db.$transaction(async (tx) => {
    const confirmed = await changeOnce({
      update: () =>
        tx.mentoringSession.updateMany({
          where: { id: input.sessionId, status: "LOGGED", confirmedAt: null, loggedById: { not: actor.id } },
          data: { confirmedAt: now, confirmedById: actor.id, correction: input.correction },
        }),
      read: () =>
        tx.mentoringSession.findUniqueOrThrow({
          where: { id: input.sessionId },
          select: { confirmedById: true, loggedById: true },
        }),
      alreadyDone: (row) => row.confirmedById === actor.id,
      refuse: (row) =>
        row.loggedById === actor.id
          ? new AppError("CONFLICT", "You logged this session; your partner confirms it.")
          : new AppError("CONFLICT", "Only a logged session can be confirmed. Reload the page to see it."),
    });
    if (confirmed && input.reflection) {
      await tx.sessionReflection.create({ data: { sessionId: input.sessionId, authorId: actor.id, body: input.reflection } });
    }
    return { corrected: input.correction !== "" };
  });
}
