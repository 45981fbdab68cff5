import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { activeGroupOfMember, groupNotices, lockGroup, othersIn } from "@/lib/groups/group-access";
import type { groupAgreementSchema } from "@/lib/groups/schemas";
import { notify } from "@/lib/notifications/notify";
import { pickTerms, reviseTerms } from "@/lib/pairs/agreement-versions";

/** Any member changes the terms: a new version that everyone in the group signs again. */
export async function updateGroupAgreement(
  actor: Actor,
  input: z.output<typeof groupAgreementSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "own-mentoring:write");
  await activeGroupOfMember(actor, input.groupId);
  return db.$transaction(async (tx) => {
    await lockGroup(tx, input.groupId);
    const group = await activeGroupOfMember(actor, input.groupId, tx);
    const revised = await reviseTerms(tx, { groupId: group.id }, group.programId, {
      version: input.version,
      terms: pickTerms(input),
    });
    if (!revised.changed) return { version: revised.version };
    await notify(
      tx,
      groupNotices(group.id, othersIn(group, actor.id), {
        kind: "AGREEMENT",
        subject: `${actor.name} changed the agreement of ${group.name}`,
        body: "A changed agreement needs everyone in the group to sign it again. Read it on your group page.",
        dedupeKey: `agreement:${revised.id}:v${revised.version}:changed`,
      }),
    );
    return { version: revised.version };
  }, queuedTransaction);
}
