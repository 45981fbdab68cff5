import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export const notYourSponsorship = () => new AppError("NOT_FOUND", "You have not been asked to sign off that programme.");

/**
 * The programme the actor has been asked to sign off, as its sponsor; to anyone else it does not
 * exist. Read inside the caller's transaction.
 */
export async function sponsoredProgram(tx: Prisma.TransactionClient, actor: Actor, programId: string) {
  const program = await tx.program.findUnique({
    where: { id: programId },
    select: {
      id: true,
      name: true,
      sponsorId: true,
      sponsorSignedOffAt: true,
      sponsorNotYetAt: true,
      sponsorAskedById: true,
      createdById: true,
    },
  });
  if (!program || program.sponsorId !== actor.id) throw notYourSponsorship();
  return program;
}

/** Who hears the sponsor's answer: whoever asked them, and whoever created the programme. */
export function programmeOffice(program: { sponsorAskedById: string | null; createdById: string | null }): string[] {
  return [...new Set([program.sponsorAskedById, program.createdById].filter((id): id is string => id !== null))];
}
