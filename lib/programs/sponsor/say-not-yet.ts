import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import type { sponsorNotYetSchema } from "@/lib/programs/blueprint-schemas";
import { sponsorCardPath } from "@/lib/programs/sponsor/paths";
import { programmeOffice, sponsoredProgram } from "@/lib/programs/sponsor/sponsored-program";

/**
 * The sponsor is not ready to sign off: their comment goes back to the programme office, who
 * change the programme and ask again. Once per request; a signed-off programme cannot be "not yet".
 */
export async function sayNotYet(actor: Actor, input: z.output<typeof sponsorNotYetSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  await db.$transaction(async (tx) => {
    const program = await sponsoredProgram(tx, actor, input.programId);
    const answered = await tx.program.updateMany({
      where: { id: program.id, sponsorId: actor.id, sponsorSignedOffAt: null, sponsorNotYetAt: null },
      data: { sponsorNotYetAt: now, sponsorComment: input.comment },
    });
    if (answered.count === 0) {
      const current = await sponsoredProgram(tx, actor, input.programId);
      if (current.sponsorSignedOffAt)
        throw new AppError("CONFLICT", `You signed this programme off on ${formatDate(current.sponsorSignedOffAt)}.`);
      throw new AppError(
        "CONFLICT",
        "You have already said not yet; the programme office has your comment and will ask again once it has made changes.",
      );
    }
    await notify(
      tx,
      programmeOffice(program).map((userId) => ({
        userId,
        kind: "GENERAL",
        subject: `${actor.name} is not ready to sign off ${program.name}`,
        body: `What they would like changed: “${input.comment}” Make the changes on the programme's Design tab, then ask them again.`,
        link: sponsorCardPath(program.id),
        dedupeKey: `sponsor-not-yet:${program.id}:${now.toISOString()}:${userId}`,
      })),
    );
  }, queuedTransaction);
}
