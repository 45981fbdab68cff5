import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { activeGroupOfMember, changeLockedGroup, notifyGroup } from "@/lib/groups/group-access";
import { groupSignatures } from "@/lib/groups/group-agreement-state";
import type { signGroupAgreementSchema } from "@/lib/groups/schemas";
import { draftAgreement, staleVersion } from "@/lib/pairs/agreement-versions";

/**
 * One member of the group signs the version they read. The agreement holds once everyone in the
 * group (mentors and mentees) has signed that version; then everyone hears so.
 */
export async function signGroupAgreement(
  actor: Actor,
  input: z.output<typeof signGroupAgreementSchema>,
  now = new Date(),
): Promise<{ everyoneSigned: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  return changeLockedGroup(actor, input.groupId, activeGroupOfMember, async (tx, group) => {
    const agreement = await draftAgreement(tx, { groupId: group.id }, group.programId);
    if (agreement.version !== input.version) throw staleVersion("sign");
    const signed = await tx.agreementSignature.createMany({
      data: [{ agreementId: agreement.id, userId: actor.id, version: agreement.version, signedAt: now }],
      skipDuplicates: true,
    });
    const state = await groupSignatures(tx, group);
    if (signed.count > 0 && state.everyoneSigned) {
      await notifyGroup(tx, group.id, group.everyone, {
        kind: "AGREEMENT",
        subject: `Everyone in ${group.name} has signed your agreement`,
        body: "The signed version is on your group page.",
        dedupeKey: `agreement:${agreement.id}:v${agreement.version}:everyone`,
      });
    }
    return { everyoneSigned: state.everyoneSigned };
  });
}
