import type { Prisma } from "@/lib/db/generated/client";

/** Who in the group has signed the agreement's current version; a new version asks everyone again. */
export async function groupSignatures(
  client: Prisma.TransactionClient,
  group: { id: string; everyone: readonly { userId: string }[] },
): Promise<{ version: number | null; signedAt: Map<string, Date>; everyoneSigned: boolean }> {
  const agreement = await client.agreement.findUnique({
    where: { groupId: group.id },
    select: { version: true, signatures: { select: { userId: true, version: true, signedAt: true } } },
  });
  if (!agreement) return { version: null, signedAt: new Map(), everyoneSigned: false };
  const signedAt = new Map(
    agreement.signatures.filter((s) => s.version === agreement.version).map((s) => [s.userId, s.signedAt]),
  );
  return {
    version: agreement.version,
    signedAt,
    everyoneSigned: group.everyone.every((person) => signedAt.has(person.userId)),
  };
}
