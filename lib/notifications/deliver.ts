import "server-only";
import nodemailer from "nodemailer";
import { absoluteUrl } from "@/lib/app-url";
import { db, type PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { mandatoryKinds } from "@/lib/notifications/kinds";

export interface OutgoingMail {
  to: { name: string; address: string };
  subject: string;
  text: string;
  /** An RFC 5545 invite; mail clients show it with Accept / Decline. */
  icalEvent?: { method: "REQUEST" | "CANCEL"; filename: string; content: string };
}

/** Hands one message to a mail server; throws when the server refuses it. */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

/** A message is tried this many times, waiting twice as long each time, then shown as failed. */
export const maxEmailAttempts = 5;
/** The first retry waits a minute; a claim younger than this is someone else's send in progress. */
const firstEmailRetryMinutes = 1;

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Turned into inbox-only or weekly-digest messages by the person's preferences. */
  heldBack: number;
}

function smtpSender(): MailSender | null {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return null;
  const transport = nodemailer.createTransport(SMTP_URL);
  return async (mail) => {
    await transport.sendMail({ from: MAIL_FROM, ...mail });
  };
}

/**
 * Sends what waits in the outbox. Each row is claimed in the database before it is sent (FOR
 * UPDATE SKIP LOCKED, then a claim timestamp), so concurrent senders in any number of processes
 * never send one message twice; a refused message is retried with growing waits, then marked
 * failed with the error. Without a mail server messages stay in the outbox view.
 */
export async function deliverOutbox(
  options: { now?: Date; sender?: MailSender | null; limit?: number; client?: PrismaClient } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, heldBack: 0 };
  const sender = options.sender === undefined ? smtpSender() : options.sender;
  if (!sender) return report;
  const client = options.client ?? db;
  const now = options.now ?? new Date();

  report.heldBack = await client.$executeRaw`
    UPDATE "Notification" AS n
    SET "emailSkippedAt" = CASE WHEN p.delivery = 'OFF' THEN ${now}::timestamp END,
        "heldForDigestAt" = CASE WHEN p.delivery = 'WEEKLY_DIGEST' THEN ${now}::timestamp END
    FROM "NotificationPreference" AS p
    WHERE p."userId" = n."userId" AND p.kind = n.kind AND p.delivery <> 'IMMEDIATELY'
      AND n.kind <> ALL(${mandatoryKinds}::text[]) AND n.kind <> 'WEEKLY_DIGEST'
      AND n."sentAt" IS NULL AND n."emailClaimedAt" IS NULL AND n."emailSkippedAt" IS NULL AND n."heldForDigestAt" IS NULL`;

  const claimed = await client.$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE "Notification" SET "emailClaimedAt" = ${now}, "emailAttempts" = "emailAttempts" + 1
    WHERE id IN (
      SELECT id FROM "Notification"
      WHERE "sentAt" IS NULL AND "emailFailedAt" IS NULL AND "emailSkippedAt" IS NULL AND "heldForDigestAt" IS NULL
        AND ("emailClaimedAt" IS NULL
          OR "emailClaimedAt" < ${now}::timestamp - make_interval(mins => ${firstEmailRetryMinutes}::int * power(2, "emailAttempts")::int))
      ORDER BY "createdAt", id LIMIT ${options.limit ?? 50}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "emailAttempts" AS attempts`;
  if (claimed.length === 0) return report;

  const messages = await client.notification.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true,
      subject: true,
      body: true,
      link: true,
      calendarInvite: true,
      user: { select: { email: true, name: true } },
    },
  });
  const attemptsById = new Map(claimed.map((c) => [c.id, c.attempts]));
  for (const message of messages) {
    try {
      await sender({
        to: { name: message.user.name, address: message.user.email },
        subject: message.subject,
        text: message.link ? `${message.body}\n\n${absoluteUrl(message.link)}` : message.body,
        ...(message.calendarInvite
          ? {
              icalEvent: {
                method: /^METHOD:CANCEL/m.test(message.calendarInvite) ? "CANCEL" : "REQUEST",
                filename: "invite.ics",
                content: message.calendarInvite,
              },
            }
          : {}),
      });
      await client.notification.update({ where: { id: message.id }, data: { sentAt: now, emailError: null } });
      report.sent += 1;
    } catch (error) {
      const lastAttempt = (attemptsById.get(message.id) ?? 0) >= maxEmailAttempts;
      await client.notification.update({
        where: { id: message.id },
        data: { emailError: (error as Error).message.slice(0, 1000), emailFailedAt: lastAttempt ? now : null },
      });
      report.failed += 1;
    }
  }
  return report;
}
