import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { activeGroupOfMember, changeLockedGroup, notifyGroup, othersIn } from "@/lib/groups/group-access";
import type { groupAgreementSchema } from "@/lib/groups/schemas";
import { pickTerms, reviseTerms } from "@/lib/pairs/agreement-versions";

/** Any member changes the terms: a new version that everyone in the group signs again. */
export async function updateGroupAgreement(
  actor: Actor,
  input: z.output<typeof groupAgreementSchema>,
): Promise<{ version: number }> {
  requirePermission(actor, "own-mentoring:write");
  return changeLockedGroup(actor, input.groupId, activeGroupOfMember, async (tx, group) => {
    const revised = await reviseTerms(tx, { groupId: group.id }, group.programId, {
      version: input.version,
      terms: pickTerms(input),
    });
    if (!revised.changed) return { version: revised.version };
    await notifyGroup(tx, group.id, othersIn(group, actor.id), {
      kind: "AGREEMENT",
      subject: `${actor.name} changed the agreement of ${group.name}`,
      body: "A changed agreement needs everyone in the group to sign it again. Read it on your group page.",
      dedupeKey: `agreement:${revised.id}:v${revised.version}:changed`,
    });
    return { version: revised.version };
  });
}
