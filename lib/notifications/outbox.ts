import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

/** Every notification, newest first: the outbox, and the mail view while no SMTP server is set. */
export async function listOutbox(actor: Actor, limit = 200) {
  requirePermission(actor, "outbox:read");
  const [messages, unsent, failed] = await Promise.all([
    db.notification.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: {
        id: true,
        subject: true,
        body: true,
        link: true,
        createdAt: true,
        sentAt: true,
        emailAttempts: true,
        emailError: true,
        emailFailedAt: true,
        emailSkippedAt: true,
        heldForDigestAt: true,
        digestedAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
    db.notification.count({
      where: { sentAt: null, emailFailedAt: null, emailSkippedAt: null, heldForDigestAt: null },
    }),
    db.notification.count({ where: { emailFailedAt: { not: null } } }),
  ]);
  return { messages, unsent, failed, smtp: Boolean(env().SMTP_URL) };
}
