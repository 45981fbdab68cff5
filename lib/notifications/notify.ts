import type { Prisma } from "@/lib/db/generated/client";

export interface NewNotification {
  userId: string;
  subject: string;
  body: string;
  link?: string;
}

/** Queues notifications in the outbox, inside the caller's transaction so they go with the change. */
export async function notify(tx: Prisma.TransactionClient, notifications: NewNotification[]): Promise<void> {
  if (notifications.length > 0) await tx.notification.createMany({ data: notifications });
}
