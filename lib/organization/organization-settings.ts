import "server-only";
import { db, type PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { defaultCurrency } from "@/lib/organization/currency";

export const organizationSettingsId = "organization";

/**
 * The currency every money figure is entered and shown in. Not a secret: every page that shows
 * money reads it through its own loader.
 */
export async function organizationCurrency(client: PrismaClient | Prisma.TransactionClient = db): Promise<string> {
  const settings = await client.organizationSettings.findUnique({
    where: { id: organizationSettingsId },
    select: { currency: true },
  });
  return settings?.currency ?? defaultCurrency;
}
