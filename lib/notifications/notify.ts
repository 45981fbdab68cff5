import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

export interface NewNotification {
  userId: string;
  subject: string;
  body: string;
  link?: string;
  /** What it is about, for per-person preferences; GENERAL when unset. */
  kind?: string;
  /** Names the event, so a repeated or concurrent call notifies once: the database keeps the first. */
  dedupeKey?: string;
  /** An RFC 5545 invite that travels with the e-mail as a calendar attachment. */
  calendarInvite?: string;
}

/**
 * Queues notifications in the outbox, inside the caller's transaction so they go with the change.
 * Returns how many were new (a dedupe key already used counts as sent before).
 */
export async function notify(tx: Prisma.TransactionClient, notifications: NewNotification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  return (await tx.notification.createMany({ data: notifications, skipDuplicates: true })).count;
}
