import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { pickTerms, reviseTerms } from "@/lib/pairs/agreement-versions";
import { activePairOfMember } from "@/lib/pairs/pair-access";
import { notifyPartner } from "@/lib/pairs/pair-notices";
import type { agreementSchema } from "@/lib/pairs/schemas";

/** Either member changes the terms: a new version that both must sign again. */
export async function updateAgreement(actor: Actor, input: z.output<typeof agreementSchema>): Promise<{ version: number }> {
  requirePermission(actor, "own-mentoring:write");
  const pair = await activePairOfMember(actor, input.matchId);
  return db.$transaction(async (tx) => {
    const revised = await reviseTerms(
      tx,
      { matchId: pair.id },
      pair.programId,
      { version: input.version, terms: pickTerms(input) },
      { mentorSignedAt: null, menteeSignedAt: null },
    );
    if (!revised.changed) return { version: revised.version };
    await notifyPartner(tx, pair, {
      kind: "AGREEMENT",
      subject: `${actor.name} changed your mentoring agreement`,
      body: "A changed agreement needs you both to sign it again. Read it on your pair page.",
      dedupeKey: `agreement:${revised.id}:v${revised.version}:changed`,
    });
    return { version: revised.version };
  });
}
