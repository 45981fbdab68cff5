import "server-only";
import type { z } from "zod";
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findMyMatch } from "@/lib/matching/my-match";
import type { flagMatchSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";

/** Either person (or a coordinator) flags a poor fit; the coordinator decides whether to re-pair. */
export async function flagMatch(actor: Actor, input: z.output<typeof flagMatchSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const match = can(actor, "matching:write")
    ? await db.match.findUnique({
        where: { id: input.matchId },
        select: { id: true, status: true, programId: true, program: { select: { name: true, createdById: true } } },
      })
    : await findMyMatch(actor, input.matchId);
  if (!match || match.status !== "ACTIVE") throw new AppError("CONFLICT", "Only a running pairing can be flagged.");
  await db.$transaction(async (tx) => {
    await tx.match.update({ where: { id: match.id }, data: { flaggedAt: now, flagReason: input.reason } });
    if (match.program.createdById) {
      await notify(tx, [
        {
          userId: match.program.createdById,
          subject: `A pairing in ${match.program.name} was flagged`,
          body: input.reason,
          link: `/programs/${match.programId}/pairs`,
        },
      ]);
    }
  });
}
