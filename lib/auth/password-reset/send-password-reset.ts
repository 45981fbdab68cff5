import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { newResetToken, resetLinkMinutes } from "@/lib/auth/password-reset/token";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMailNow } from "@/lib/notifications/send-mail";

export interface SentReset {
  name: string;
  /** The link itself only when no mail server is set, for the administrator to hand over in person. */
  link: string | null;
}

/**
 * An administrator sends someone a one-time link to choose a new password. A new link replaces any
 * earlier one. The link is e-mailed directly (never through the outbox, which coordinators read).
 */
export async function sendPasswordReset(actor: Actor, input: { userId: string }, now = new Date()): Promise<SentReset> {
  requirePermission(actor, "people:manage-accounts");
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, name: true, email: true, active: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
  if (!user.active) throw new AppError("CONFLICT", `${user.name}'s account is deactivated. Reactivate it first.`);

  const { token, tokenHash } = newResetToken();
  await db.$transaction(async (tx) => {
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({
      data: { userId: user.id, tokenHash, createdById: actor.id, expiresAt: new Date(now.getTime() + resetLinkMinutes * 60_000) },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "password.reset-link-sent",
        target: { type: "User", id: user.id },
        summary: `Sent ${user.name} a password reset link`,
      },
      now,
    );
  });
  const link = new URL(`/reset-password/${token}`, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
  const emailed = await sendMailNow({
    to: { name: user.name, address: user.email },
    subject: "Choose a new Pairwise password",
    text: `${actor.name} sent you this link to choose a new Pairwise password. It works once, for ${resetLinkMinutes} minutes:\n\n${link}\n\nIf you did not ask for it, ignore this e-mail: your password stays as it is.`,
  });
  return { name: user.name, link: emailed ? null : link };
}
