import "server-only";
import { verifyCredentials } from "@/lib/auth/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * A signed-in person changes their password. The current one is checked exactly like a sign-in,
 * throttling included, so a borrowed session cannot be used to guess it.
 */
export async function changePassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  address: string,
  now = new Date(),
): Promise<void> {
  const check = await verifyCredentials({ email: actor.email, password: input.currentPassword }, address, now);
  if (!check.ok) {
    throw new AppError("INVALID_INPUT", "Your current password is not right.", {
      currentPassword: [check.throttled ? check.message : "This is not your current password."],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError("INVALID_INPUT", "Choose a password different from the current one.", {
      newPassword: ["Choose a password different from the current one."],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await recordAudit(
      tx,
      actor,
      { action: "password.changed", target: { type: "User", id: actor.id }, summary: `${actor.name} changed their password` },
      now,
    );
  });
}
