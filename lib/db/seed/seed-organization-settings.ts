import type { PrismaClient } from "@/lib/db/generated/client";
import { updateOrganizationSettings } from "@/lib/organization/update-organization-settings";

/**
 * Northwind Labs is headquartered in London and keeps its books in pounds: its administrator chose
 * the currency once, through the settings page's own function. A choice already made is kept.
 */
export async function seedOrganizationSettings(db: PrismaClient, now: Date): Promise<void> {
  if (await db.organizationSettings.findFirst({ select: { id: true } })) return;
  const sam = await db.user.findFirst({
    where: { name: "Sam Whitfield" },
    select: { id: true, name: true, email: true, role: true },
  });
  if (sam) await updateOrganizationSettings(sam, { currency: "GBP" }, now);
}
