import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { clearAccountThrottle } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Lifts the sign-in waits on one account, from every address, after the person has been verified. */
export async function unlockSignIn(actor: Actor, input: { userId: string }): Promise<{ name: string }> {
  requirePermission(actor, "people:manage-accounts");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { name: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
  await db.$transaction(async (tx) => {
    await clearAccountThrottle(tx, user.email);
    await recordAudit(tx, actor, {
      action: "sign-in.unlocked",
      target: { type: "User", id: input.userId },
      summary: `Lifted the sign-in waits on ${user.name}'s account`,
    });
  });
  return { name: user.name };
}
