import "server-only";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
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

/**
 * Creates the wanted rows (`create` skips duplicates and returns only the rows this call created)
 * and notifies about each created row in the same transaction: rows another run created meanwhile
 * are skipped and not returned, so they are not notified twice. Returns how many rows were created.
 */
export async function notifyCreated<Wanted, Row>(
  wanted: Wanted[],
  create: (tx: Prisma.TransactionClient, data: Wanted[]) => Promise<Row[]>,
  notification: (row: Row) => NewNotification,
): Promise<number> {
  if (wanted.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const created = await create(tx, wanted);
    await notify(tx, created.map(notification));
    return created.length;
  }, queuedTransaction);
}
