import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sessionOfMember } from "@/lib/pairs/pair-access";
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
    const changed = await tx.mentoringSession.updateMany({
      where: { id: input.sessionId, status: "LOGGED", confirmedAt: null, loggedById: { not: actor.id } },
      data: { confirmedAt: now, confirmedById: actor.id, correction: input.correction },
    });
    if (changed.count === 0) {
      const session = await tx.mentoringSession.findUniqueOrThrow({
        where: { id: input.sessionId },
        select: { status: true, confirmedById: true, loggedById: true },
      });
      if (session.confirmedById === actor.id) return { corrected: input.correction !== "" };
      if (session.loggedById === actor.id) {
        throw new AppError("CONFLICT", "You logged this session; your partner confirms it.");
      }
      throw new AppError("CONFLICT", "Only a logged session can be confirmed. Reload the page to see it.");
    }
    if (input.reflection) {
      await tx.sessionReflection.create({ data: { sessionId: input.sessionId, authorId: actor.id, body: input.reflection } });
    }
    return { corrected: input.correction !== "" };
  });
}
