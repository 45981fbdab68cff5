import nodemailer from "nodemailer";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

let delivering: Promise<number> | null = null;

/**
 * Sends what waits in the outbox through SMTP, when configured; otherwise messages stay in the
 * outbox view. One delivery at a time per process; a failed message stays unsent for next time.
 */
export function deliverOutbox(limit = 50): Promise<number> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return Promise.resolve(0);
  delivering ??= (async () => {
    const transport = nodemailer.createTransport(SMTP_URL);
    const pending = await db.notification.findMany({
      where: { sentAt: null },
      orderBy: { createdAt: "asc" },
      take: limit,
      select: { id: true, subject: true, body: true, link: true, user: { select: { email: true, name: true } } },
    });
    const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
    let sent = 0;
    for (const message of pending) {
      try {
        await transport.sendMail({
          from: MAIL_FROM,
          to: { name: message.user.name, address: message.user.email },
          subject: message.subject,
          text: message.link ? `${message.body}\n\n${new URL(message.link, base)}` : message.body,
        });
        await db.notification.update({ where: { id: message.id }, data: { sentAt: new Date() } });
        sent += 1;
      } catch (error) {
        console.warn(`Pairwise could not e-mail notification ${message.id}: ${(error as Error).message}`);
      }
    }
    return sent;
  })().finally(() => {
    delivering = null;
  });
  return delivering;
}

/** Every notification, newest first: the outbox, and the mail view while no SMTP server is set. */
export async function listOutbox(actor: Actor, limit = 200) {
  requirePermission(actor, "outbox:read");
  const [messages, unsent] = await Promise.all([
    db.notification.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, subject: true, body: true, link: true, createdAt: true, sentAt: true, user: { select: { name: true, email: true } } },
    }),
    db.notification.count({ where: { sentAt: null } }),
  ]);
  return { messages, unsent, smtp: Boolean(env().SMTP_URL) };
}
