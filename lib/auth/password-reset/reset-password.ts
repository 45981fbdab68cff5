import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { hashResetToken } from "@/lib/auth/password-reset/token";
import { clearAccountThrottle } from "@/lib/auth/throttle-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const resetLinkUnusableMessage =
  "This link has expired or has already been used. Ask your Pairwise administrator for a new one.";

/**
 * Sets a new password through a reset link. The link is spent by a conditional update inside the
 * transaction, so two submissions of one link change the password once.
 */
export async function resetPassword(input: { token: string; newPassword: string }, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const tokenHash = hashResetToken(input.token);
    const spent = await tx.passwordReset.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError("CONFLICT", resetLinkUnusableMessage);
    const reset = await tx.passwordReset.findUniqueOrThrow({
      where: { tokenHash },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    await tx.user.update({ where: { id: reset.user.id }, data: { passwordHash } });
    await clearAccountThrottle(tx, reset.user.email);
    // Whoever holds the link acts as its owner: the record names them, never the link or the password.
    await recordAudit(
      tx,
      reset.user,
      {
        action: "password.reset",
        target: { type: "User", id: reset.user.id },
        summary: `${reset.user.name} chose a new password from a reset link`,
      },
      now,
    );
    return { email: reset.user.email };
  });
}
