import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { NotificationDelivery } from "@/lib/db/generated/enums";
import { notificationKindNames, notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import type { PreferencesInput } from "@/lib/notifications/schemas";

/** Every kind with my choice (immediately when I never chose) and whether I may change it. */
export async function listMyPreferences(actor: Actor) {
  requirePermission(actor, "own-mentoring:read");
  const rows = await db.notificationPreference.findMany({ where: { userId: actor.id } });
  const chosen = new Map(rows.map((row) => [row.kind, row.delivery]));
  return notificationKindNames.map((kind: NotificationKind) => ({
    kind,
    label: notificationKinds[kind].label,
    canTurnOff: notificationKinds[kind].canTurnOff,
    delivery: (notificationKinds[kind].canTurnOff ? chosen.get(kind) : undefined) ?? ("IMMEDIATELY" as NotificationDelivery),
  }));
}

/** Saves my choices; the schema has already refused holding back kinds that cannot be. */
export async function saveMyPreferences(actor: Actor, input: PreferencesInput): Promise<number> {
  requirePermission(actor, "own-mentoring:read");
  const entries = Object.entries(input);
  await db.$transaction(
    entries.map(([kind, delivery]) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, delivery },
        update: { delivery },
      }),
    ),
  );
  return entries.length;
}
