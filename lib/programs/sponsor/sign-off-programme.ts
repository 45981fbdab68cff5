import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { notify } from "@/lib/notifications/notify";
import type { sponsorSignOffSchema } from "@/lib/programs/blueprint-schemas";
import { sponsorCardPath } from "@/lib/programs/sponsor/paths";
import { notYourSponsorship, programmeOffice, sponsoredProgram } from "@/lib/programs/sponsor/sponsored-program";

/**
 * The sponsor signs the programme off themselves, with an optional comment. Only the person asked
 * can; signing twice, or twenty times in parallel, records the first sign-off and tells the
 * programme office once.
 */
export async function signOffProgramme(
  actor: Actor,
  input: z.output<typeof sponsorSignOffSchema>,
  now = new Date(),
): Promise<{ signedOffAt: Date; already: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  return db.$transaction(async (tx) => {
    const program = await sponsoredProgram(tx, actor, input.programId);
    if (program.sponsorSignedOffAt) return { signedOffAt: program.sponsorSignedOffAt, already: true };
    const signed = await tx.program.updateMany({
      where: { id: program.id, sponsorId: actor.id, sponsorSignedOffAt: null },
      data: { sponsorSignedOffAt: now, sponsorNotYetAt: null, sponsorComment: input.comment || null },
    });
    if (signed.count === 0) {
      // A parallel request signed first (or the programme office asked someone else meanwhile).
      const current = await sponsoredProgram(tx, actor, input.programId);
      if (!current.sponsorSignedOffAt) throw notYourSponsorship();
      return { signedOffAt: current.sponsorSignedOffAt, already: true };
    }
    await notify(
      tx,
      programmeOffice(program).map((userId) => ({
        userId,
        kind: "GENERAL",
        subject: `${actor.name} signed off ${program.name}`,
        body: input.comment ? `Their comment: “${input.comment}”` : "They added no comment.",
        link: sponsorCardPath(program.id),
        dedupeKey: `sponsor-signed-off:${program.id}:${now.toISOString()}:${userId}`,
      })),
    );
    return { signedOffAt: now, already: false };
  }, queuedTransaction);
}
