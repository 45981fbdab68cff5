import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { notify } from "@/lib/notifications/notify";
import type { PairMembership } from "@/lib/pairs/pair-access";
import { pairLink } from "@/lib/sessions/session-notices";

/** Tells the actor's partner what they did, linking to the pair's page, inside the change's transaction. */
export async function notifyPartner(
  tx: Prisma.TransactionClient,
  pair: Pick<PairMembership, "id" | "partner">,
  notice: { kind: string; subject: string; body: string; dedupeKey: string },
): Promise<void> {
  await notify(tx, [{ userId: pair.partner.userId, ...notice, link: pairLink(pair.id) }]);
}
