import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Which pair it is, of which programme, in what state, between which two participations. */
export const matchKeyFields = { id: true, programId: true, status: true, menteeId: true, mentorId: true } as const;

const sides = { select: { userId: true, user: { select: { name: true } } } } as const;

/** A pairing the actor is part of, as mentor or mentee; anyone else is told it is not theirs. */
export async function findMyMatch(actor: Actor, matchId: string) {
  const match = await db.match.findUnique({
    where: { id: matchId },
    select: {
      ...matchKeyFields,
      mentorConfirmedAt: true,
      menteeConfirmedAt: true,
      program: { select: { name: true, createdById: true } },
      mentor: sides,
      mentee: sides,
    },
  });
  if (!match || (match.mentor.userId !== actor.id && match.mentee.userId !== actor.id))
    throw new AppError("NOT_FOUND", "That pairing is not yours.");
  return match;
}
