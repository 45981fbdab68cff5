import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/**
 * The pair or mentor must belong to the programme the coordinator is working in; anything else
 * is refused at the field, before anything is written.
 */
export async function assertSubjectInProgramme(
  tx: Prisma.TransactionClient,
  input: { programId: string; matchId?: string; participationId?: string },
): Promise<void> {
  if (input.matchId) {
    const match = await tx.match.findUnique({ where: { id: input.matchId }, select: { programId: true } });
    if (!match || match.programId !== input.programId) {
      throw new AppError("INVALID_INPUT", "This pair is not in that programme.", {
        matchId: ["This pair is not in that programme."],
      });
    }
    return;
  }
  const mentor = await tx.participation.findUnique({
    where: { id: input.participationId! },
    select: { programId: true, role: true },
  });
  if (!mentor || mentor.programId !== input.programId || mentor.role !== "MENTOR") {
    throw new AppError("INVALID_INPUT", "This mentor is not in that programme.", {
      participationId: ["This mentor is not in that programme."],
    });
  }
}

/** Who a check-in or a queue decision is about: a pair, or a mentor on their own. */
export function checkInSubject(input: { programId: string; matchId?: string; participationId?: string }) {
  return { programId: input.programId, matchId: input.matchId, participationId: input.participationId };
}
