import type { Prisma } from "@/lib/db/generated/client";

/**
 * The agreement a pair works under, for a query's select: its own, or, for a pair in a circle,
 * the circle's, which everyone signs one signature per person per version.
 */
export const pairAgreementSelect = {
  agreement: { select: { createdAt: true, mentorSignedAt: true, menteeSignedAt: true } },
  group: {
    select: {
      agreement: { select: { createdAt: true, version: true, signatures: { select: { userId: true, version: true } } } },
    },
  },
} as const satisfies Prisma.MatchSelect;

interface PairAgreementRow {
  mentor: { userId: string };
  mentee: { userId: string };
  agreement: { createdAt: Date; mentorSignedAt: Date | null; menteeSignedAt: Date | null } | null;
  group: {
    agreement: { createdAt: Date; version: number; signatures: { userId: string; version: number }[] } | null;
  } | null;
}

/** Whether the mentor and the mentee have signed the current version; null while there is no agreement. */
export function agreementSigned(
  pair: PairAgreementRow,
): { createdAt: Date; mentorSigned: boolean; menteeSigned: boolean } | null {
  if (pair.group) {
    const shared = pair.group.agreement;
    if (!shared) return null;
    const signed = (userId: string) => shared.signatures.some((s) => s.userId === userId && s.version === shared.version);
    return { createdAt: shared.createdAt, mentorSigned: signed(pair.mentor.userId), menteeSigned: signed(pair.mentee.userId) };
  }
  if (!pair.agreement) return null;
  return {
    createdAt: pair.agreement.createdAt,
    mentorSigned: pair.agreement.mentorSignedAt !== null,
    menteeSigned: pair.agreement.menteeSignedAt !== null,
  };
}
