import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { formatDate } from "@/lib/format";
import { notify } from "@/lib/notifications/notify";
import { sponsorSignOffPath } from "@/lib/programs/sponsor/paths";

/** The parts of a programme the sponsor signs off; a change to any of them needs their sign-off again. */
export type SignedOffPart = "purpose" | "type" | "dates" | "goals" | "budget";

/**
 * Called inside the transaction of every edit to a signed-off part: clears the sponsor's sign-off
 * and asks them again in their inbox. Only the first edit after a sign-off does anything, so a
 * burst of edits notifies once per sign-off lost.
 */
export async function resetSponsorSignOff(
  tx: Prisma.TransactionClient,
  programId: string,
  changed: SignedOffPart[],
  now = new Date(),
): Promise<boolean> {
  if (changed.length === 0) return false;
  const program = await tx.program.findUnique({
    where: { id: programId },
    select: { name: true, sponsorId: true, sponsorSignedOffAt: true },
  });
  if (!program?.sponsorSignedOffAt) return false;
  const signedOffAt = program.sponsorSignedOffAt;
  const cleared = await tx.program.updateMany({
    where: { id: programId, sponsorSignedOffAt: signedOffAt },
    data: { sponsorSignedOffAt: null, sponsorComment: null, ...(program.sponsorId ? { sponsorAskedAt: now } : {}) },
  });
  if (cleared.count === 0 || !program.sponsorId) return cleared.count > 0;
  const what = changed.join(", ");
  await notify(tx, [
    {
      userId: program.sponsorId,
      kind: "GENERAL",
      subject: `${program.name} changed: please sign it off again`,
      body: `The programme office changed its ${what} after you signed it off on ${formatDate(signedOffAt)}. Check the programme as it is now and sign it off again, or say what you would like changed.`,
      link: sponsorSignOffPath(programId),
      dedupeKey: `sponsor-sign-off-reset:${programId}:${signedOffAt.toISOString()}`,
    },
  ]);
  return true;
}
