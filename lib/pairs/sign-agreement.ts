import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { draftAgreement, staleVersion } from "@/lib/pairs/agreement-versions";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import { notifyPartner } from "@/lib/pairs/pair-notices";
import type { signAgreementSchema } from "@/lib/pairs/schemas";

/** One member signs the version they read; a version changed meanwhile must be read again. */
export async function signAgreement(
  actor: Actor,
  input: z.output<typeof signAgreementSchema>,
  now = new Date(),
): Promise<{ bothSigned: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  const mine = pair.myRole === "MENTOR" ? "mentorSignedAt" : "menteeSignedAt";
  return db.$transaction(async (tx) => {
    // The first signature drafts the agreement from the programme's template.
    await draftAgreement(tx, { matchId: pair.id }, pair.programId);
    const changed = await tx.agreement.updateMany({
      where: { matchId: pair.id, version: input.version, [mine]: null },
      data: { [mine]: now },
    });
    const agreement = await tx.agreement.findUniqueOrThrow({ where: { matchId: pair.id } });
    const bothSigned = agreement.mentorSignedAt !== null && agreement.menteeSignedAt !== null;
    if (changed.count === 0) {
      if (agreement.version !== input.version) throw staleVersion("sign");
      return { bothSigned };
    }
    await notifyPartner(tx, pair, {
      kind: "AGREEMENT",
      subject: bothSigned ? "Your mentoring agreement is signed by you both" : `${actor.name} signed your mentoring agreement`,
      body: bothSigned ? "You can both see the signed version on your pair page." : "Read it and sign it on your pair page.",
      dedupeKey: `agreement:${agreement.id}:v${agreement.version}:signed:${actor.id}`,
    });
    return { bothSigned };
  });
}
