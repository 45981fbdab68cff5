import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { clearAccountThrottle } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Lifts the sign-in waits on one account, from every address, after the person has been verified. */
export async function unlockSignIn(actor: Actor, input: { userId: string }): Promise<{ name: string }> {
  requirePermission(actor, "people:manage-accounts");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { name: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
  await db.$transaction((tx) => clearAccountThrottle(tx, user.email));
  return { name: user.name };
}
