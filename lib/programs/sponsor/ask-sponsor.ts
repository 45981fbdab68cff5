import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { findPlannableProgram } from "@/lib/programs/find-program";
import { notify } from "@/lib/notifications/notify";
import type { sponsorRequestSchema } from "@/lib/programs/blueprint-schemas";
import { sponsorSignOffPath } from "@/lib/programs/sponsor/paths";

/**
 * The programme office asks a person in the directory to sign the programme off as its executive
 * sponsor. Any earlier sign-off or "not yet" is cleared, and the sponsor gets a message in their
 * inbox. A request to the same person that is still waiting is left as it is, so a double click
 * or twenty parallel requests notify them once.
 */
export async function askSponsor(
  actor: Actor,
  input: z.output<typeof sponsorRequestSchema>,
  now = new Date(),
): Promise<{ sponsorName: string; alreadyWaiting: boolean }> {
  requirePermission(actor, "programs:write");
  return db.$transaction(async (tx) => {
    const program = await findPlannableProgram(input.programId, tx);
    const sponsor = await tx.user.findUnique({
      where: { id: input.sponsorId },
      select: { id: true, name: true, active: true, erasedAt: true },
    });
    if (!sponsor || !sponsor.active || sponsor.erasedAt)
      throw new AppError("NOT_FOUND", "That person is no longer in the directory. Choose someone else.", {
        sponsorId: ["Choose someone who is in the directory."],
      });

    // The row lock a parallel identical request takes makes it re-read this condition after the
    // first one commits, so only one of them finds the request not yet waiting.
    const asked = await tx.program.updateMany({
      where: {
        id: input.programId,
        OR: [
          { sponsorId: null },
          { sponsorId: { not: sponsor.id } },
          { sponsorAskedAt: null },
          { sponsorSignedOffAt: { not: null } },
          { sponsorNotYetAt: { not: null } },
        ],
      },
      data: {
        sponsorId: sponsor.id,
        sponsorName: null,
        sponsorAskedAt: now,
        sponsorAskedById: actor.id,
        sponsorSignedOffAt: null,
        sponsorNotYetAt: null,
        sponsorComment: null,
      },
    });
    if (asked.count === 0) return { sponsorName: sponsor.name, alreadyWaiting: true };

    await notify(tx, [
      {
        userId: sponsor.id,
        kind: "GENERAL",
        subject: `Please sign off ${program.name}`,
        body: `${actor.name} asks you, as its executive sponsor, to sign off the programme: its purpose, goals, dates, type and budget. Sign it off, or say what you would like changed first.`,
        link: sponsorSignOffPath(input.programId),
        dedupeKey: `sponsor-request:${input.programId}:${sponsor.id}:${now.toISOString()}`,
      },
    ]);
    return { sponsorName: sponsor.name, alreadyWaiting: false };
  }, queuedTransaction);
}
