import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

export interface PairKey {
  programId: string;
  menteeId: string;
  mentorId: string;
}

/**
 * Locks or forbids one mentee–mentor pair for future runs. A mentee has at most one lock, so
 * locking a pair first clears the mentee's other lock.
 */
export async function putPairConstraint(tx: Prisma.TransactionClient, key: PairKey, kind: "LOCK" | "FORBID"): Promise<void> {
  if (kind === "LOCK")
    await tx.matchConstraint.deleteMany({ where: { programId: key.programId, menteeId: key.menteeId, kind: "LOCK" } });
  await tx.matchConstraint.upsert({
    where: { programId_menteeId_mentorId: key },
    create: { ...key, kind },
    update: { kind },
  });
}
