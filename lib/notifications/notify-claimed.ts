import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { notify, type NewNotification } from "@/lib/notifications/notify";

/**
 * Notifies about each item once, however many runs race: each item is claimed with a conditional
 * update (`claim` returns how many rows it changed) and notified in the same transaction only by
 * the run whose claim changed a row. Returns how many notifications were new.
 */
export async function notifyClaimed<Item>(
  items: Item[],
  claim: (tx: Prisma.TransactionClient, item: Item) => Promise<{ count: number }>,
  notification: (item: Item) => NewNotification,
): Promise<number> {
  let notified = 0;
  for (const item of items) {
    notified += await db.$transaction(async (tx) => {
      const claimed = await claim(tx, item);
      if (claimed.count === 0) return 0;
      return notify(tx, [notification(item)]);
    });
  }
  return notified;
}
