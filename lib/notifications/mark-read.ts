import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Marks one of my notifications read; the first time counts, repeating it changes nothing. */
export async function markNotificationRead(actor: Actor, input: { notificationId: string }, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:read");
  const mine = await db.notification.findFirst({ where: { id: input.notificationId, userId: actor.id }, select: { id: true } });
  if (!mine) throw new AppError("NOT_FOUND", "That notification is not in your inbox.");
  await db.notification.updateMany({ where: { id: mine.id, readAt: null }, data: { readAt: now } });
}

export async function markAllNotificationsRead(actor: Actor, now = new Date()): Promise<number> {
  requirePermission(actor, "own-mentoring:read");
  return (await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: now } })).count;
}
