import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/**
 * Every write that gives a mentor a live pair takes this row lock first, so two coordinators
 * publishing at once (or a publish racing a self-match acceptance) are applied one after the
 * other and the capacity check sees the first one's pairs.
 */
export async function lockProgram(tx: Prisma.TransactionClient, programId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Program" WHERE id = ${programId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That programme does not exist.");
}
