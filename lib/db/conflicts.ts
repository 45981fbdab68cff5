import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { AppError } from "@/lib/errors";

/**
 * Runs a write whose uniqueness the database enforces, and turns a clash with a parallel or
 * earlier identical write into the given conflict (a clear message, HTTP 409) instead of a crash.
 */
export async function refuseDuplicate<T>(work: () => Promise<T>, conflict: () => AppError): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}

/**
 * Takes the row lock on one row inside a transaction, so identical requests for the same thing
 * are checked and applied one after another and the second sees what the first did.
 */
export async function lockRow(
  tx: Prisma.TransactionClient,
  table: "Participation" | "Match" | "User" | "Survey",
  id: string,
): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, id);
  return rows.length > 0;
}

/**
 * Options for a transaction that identical parallel calls queue on (a row lock): each waits its
 * turn for a connection and for the lock instead of failing after Prisma's two-second default.
 */
export const queuedTransaction = { maxWait: 30_000, timeout: 30_000 } as const;
