import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeRules } from "@/lib/matching/config";
import { explainPair } from "@/lib/matching/score-pair";
import { loadCohort } from "@/lib/matching/load-cohort";
import { reassignProposal } from "@/lib/matching/reassign-proposal";
import type { swapSchema } from "@/lib/matching/schemas";

/** Exchanges the mentors of two proposals in the same draft; both new pairs must pass the rules. */
export async function swapProposals(
  actor: Actor,
  input: z.output<typeof swapSchema>,
  now = new Date(),
): Promise<{ scores: [number, number] }> {
  requirePermission(actor, "matching:write");
  const proposals = await db.match.findMany({
    where: { id: { in: [input.matchId, input.otherMatchId] }, status: "PROPOSED", run: { status: "DRAFT" } },
    select: { id: true, programId: true, runId: true, menteeId: true, mentorId: true },
  });
  const a = proposals.find((p) => p.id === input.matchId);
  const b = proposals.find((p) => p.id === input.otherMatchId);
  if (!a || !b || a.runId !== b.runId || a.id === b.id)
    throw new AppError("CONFLICT", "Those proposals are no longer in the same draft. Refresh the page.");
  const cohort = await loadCohort(a.programId, now);
  const find = (list: typeof cohort.mentees, id: string) => list.find((c) => c.id === id);
  const pairs = [
    { match: a, mentee: find(cohort.mentees, a.menteeId), mentor: find(cohort.allMentors, b.mentorId) },
    { match: b, mentee: find(cohort.mentees, b.menteeId), mentor: find(cohort.allMentors, a.mentorId) },
  ];
  const scored = pairs.map(({ match, mentee, mentor }) => {
    if (!mentee || !mentor) throw new AppError("CONFLICT", "Someone in these proposals changed programme. Run matching again.");
    const explanation = explainPair(mentee, mentor, cohort.config, cohort.forbidden.has(`${mentee.id}:${mentor.id}`));
    if (!explanation.eligible) {
      throw new AppError("CONFLICT", `${mentee.name} and ${mentor.name} cannot be paired: ${describeRules(explanation.failed)}.`);
    }
    return { match, mentee, mentor, explanation };
  });
  await db.$transaction(async (tx) => {
    for (const { match, mentee, mentor, explanation } of scored)
      await reassignProposal(tx, match, { mentee, mentor, score: explanation.total }, cohort.config);
  });
  return { scores: [scored[0]!.explanation.total, scored[1]!.explanation.total] };
}
