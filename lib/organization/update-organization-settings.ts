import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";
import { organizationCurrency, organizationSettingsId } from "@/lib/organization/organization-settings";
import type { OrganizationSettings } from "@/lib/organization/schemas";

/** What an administrator sees on the settings page. */
export async function getOrganizationSettings(actor: Actor): Promise<OrganizationSettings> {
  requirePermission(actor, "settings:manage");
  return { currency: await organizationCurrency() };
}

/**
 * Sets the organisation's currency. Amounts are not converted: the setting says which currency
 * they were entered in. Stored evaluation figures name the currency, so they are refreshed.
 */
export async function updateOrganizationSettings(
  actor: Actor,
  input: OrganizationSettings,
  now = new Date(),
): Promise<{ changed: boolean }> {
  requirePermission(actor, "settings:manage");
  return db.$transaction(async (tx) => {
    // The row exists once, whoever saves first; the lock keeps simultaneous saves in turn.
    await tx.organizationSettings.createMany({ data: [{ id: organizationSettingsId }], skipDuplicates: true });
    const [current] = await tx.$queryRaw<{ currency: string }[]>`
      SELECT currency FROM "OrganizationSettings" WHERE id = ${organizationSettingsId} FOR UPDATE`;
    if (current?.currency === input.currency) return { changed: false };
    await tx.organizationSettings.update({ where: { id: organizationSettingsId }, data: { currency: input.currency } });
    await recordAudit(
      tx,
      actor,
      {
        action: "settings.currency-changed",
        target: { type: "OrganizationSettings", id: organizationSettingsId },
        summary: `Currency changed from ${current?.currency ?? "the default"} to ${input.currency}.`,
      },
      now,
    );
    await requestEvaluationRefresh(now, tx);
    return { changed: true };
  });
}
