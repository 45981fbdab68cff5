import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** A person's own notifications, newest first; nobody reads anyone else's inbox. */
export async function listInbox(actor: Actor, limit = 100) {
  requirePermission(actor, "own-mentoring:read");
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, subject: true, body: true, link: true, kind: true, createdAt: true, readAt: true },
    }),
    countUnread(actor),
  ]);
  return { items, unread };
}

/** The number on the Inbox link in the shell. */
export async function countUnread(actor: Actor): Promise<number> {
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
