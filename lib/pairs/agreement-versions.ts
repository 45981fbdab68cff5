import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { agreementTermKeys, templateTerms, type AgreementTerms } from "@/lib/pairs/agreement-terms";

/** Whose agreement: a pair's or a group's. */
export type AgreementOwner = { matchId: string } | { groupId: string };

/** The agreement, drafted from the programme's template on first use; the database keeps one. */
export async function draftAgreement(tx: Prisma.TransactionClient, owner: AgreementOwner, programId: string) {
  await tx.agreement.createMany({ data: [{ ...owner, ...(await templateTerms(tx, programId)) }], skipDuplicates: true });
  return tx.agreement.findUniqueOrThrow({ where: owner });
}

export function pickTerms(input: AgreementTerms): AgreementTerms {
  return Object.fromEntries(agreementTermKeys.map((k) => [k, input[k]])) as AgreementTerms;
}

/** A signature or edit of a version that is no longer the current one. */
export function staleVersion(action: "sign" | "edit"): AppError {
  return new AppError(
    "CONFLICT",
    action === "sign"
      ? "The agreement changed since you opened it. Read the new version, then sign."
      : "The agreement changed since you opened it. Reload the page to see the new version.",
  );
}

/**
 * Changed terms become the next version, which everyone signs again (`clear` empties a pair's
 * signature columns; a group's signatures belong to the version they signed). Unchanged terms
 * change nothing; an edit of an older version is refused rather than overwriting unseen.
 */
export async function reviseTerms(
  tx: Prisma.TransactionClient,
  owner: AgreementOwner,
  programId: string,
  edited: { version: number; terms: AgreementTerms },
  clear: Prisma.AgreementUpdateManyMutationInput = {},
): Promise<{ id: string; version: number; changed: boolean }> {
  const current = await draftAgreement(tx, owner, programId);
  if (agreementTermKeys.every((k) => current[k] === edited.terms[k])) {
    return { id: current.id, version: current.version, changed: false };
  }
  const changed = await tx.agreement.updateMany({
    where: { ...owner, version: edited.version },
    data: { ...edited.terms, version: { increment: 1 }, ...clear },
  });
  if (changed.count === 0) throw staleVersion("edit");
  return { id: current.id, version: edited.version + 1, changed: true };
}
