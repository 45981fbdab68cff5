import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Candidate } from "@/lib/matching/candidate";
import type { MatchingConfig } from "@/lib/matching/config";
import { explainProposal } from "@/lib/matching/explanation";
import { putPairConstraint } from "@/lib/matching/pair-constraint";

/** Gives a draft proposal the mentor a coordinator chose, and locks the pair so a re-run keeps it. */
export async function reassignProposal(
  tx: Prisma.TransactionClient,
  proposal: { id: string; programId: string },
  pair: { mentee: Candidate; mentor: Candidate; score: number },
  config: MatchingConfig,
): Promise<void> {
  const { mentee, mentor } = pair;
  const stored = explainProposal(mentee, mentor, config, null, { mentorsById: new Map(), menteesOnMentor: new Map() });
  await tx.match.update({
    where: { id: proposal.id },
    data: { mentorId: mentor.id, score: pair.score, explanation: stored as object, source: "MANUAL" },
  });
  await putPairConstraint(tx, { programId: proposal.programId, menteeId: mentee.id, mentorId: mentor.id }, "LOCK");
}
