import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { agreementTermKeys, templateTerms } from "@/lib/pairs/agreement-terms";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import type { agreementSchema } from "@/lib/pairs/schemas";
import { pairLink } from "@/lib/sessions/session-notices";

/** Either member changes the terms: a new version that both must sign again. */
export async function updateAgreement(actor: Actor, input: z.output<typeof agreementSchema>): Promise<{ version: number }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  const terms = Object.fromEntries(agreementTermKeys.map((k) => [k, input[k]])) as Record<
    (typeof agreementTermKeys)[number],
    string
  >;
  return db.$transaction(async (tx) => {
    await tx.agreement.createMany({
      data: [{ matchId: pair.id, ...(await templateTerms(tx, pair.programId)) }],
      skipDuplicates: true,
    });
    const current = await tx.agreement.findUniqueOrThrow({ where: { matchId: pair.id } });
    if (agreementTermKeys.every((k) => current[k] === terms[k])) return { version: current.version };
    const changed = await tx.agreement.updateMany({
      where: { matchId: pair.id, version: input.version },
      data: { ...terms, version: { increment: 1 }, mentorSignedAt: null, menteeSignedAt: null },
    });
    if (changed.count === 0) {
      throw new AppError("CONFLICT", "The agreement changed since you opened it. Reload the page to see the new version.");
    }
    const version = input.version + 1;
    await notify(tx, [
      {
        userId: pair.partner.userId,
        kind: "AGREEMENT",
        subject: `${actor.name} changed your mentoring agreement`,
        body: "A changed agreement needs you both to sign it again. Read it on your pair page.",
        link: pairLink(pair.id),
        dedupeKey: `agreement:${current.id}:v${version}:changed`,
      },
    ]);
    return { version };
  });
}
