import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { discardDrafts } from "@/lib/matching/draft-run";
import { lockProgram } from "@/lib/matching/program-lock";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { LoadedCohort } from "@/lib/matching/load-cohort";
import { explainPeerPair, matchPeers, PeerMatchingError } from "@/lib/matching/match-peers";
import type { RunSummary } from "@/lib/matching/run-matching";

/**
 * The peer programme's run: one pool matched on a general graph, stored as the programme's one
 * draft. Each pair is one Match row; its two people mentor each other, so which of them sits on
 * the row's mentor side means nothing (the lower participation id, for reproducible rows).
 */
export async function runPeerMatching(
  actor: Actor,
  cohort: LoadedCohort,
): Promise<{ runId: string; matched: number; unmatched: number }> {
  const programId = cohort.program.id;
  if (cohort.mentees.length < 2)
    throw new AppError("CONFLICT", "Peer matching needs at least two approved peers without a pair; approve more peers.");
  let result;
  try {
    result = matchPeers({ pool: cohort.mentees, config: cohort.config, locked: cohort.locked, forbidden: cohort.forbidden });
  } catch (error) {
    if (error instanceof PeerMatchingError) throw new AppError("CONFLICT", error.message);
    throw error;
  }
  const byId = new Map(cohort.mentees.map((p) => [p.id, p]));
  const summary: RunSummary = {
    mentees: cohort.mentees.length,
    mentors: 0,
    matched: result.pairs.length * 2,
    total: result.total,
    greedyTotal: result.greedyTotal,
    topThreeShare: null,
    scoreBands: result.scoreBands,
    unmatched: result.unmatched.map((u) => ({ menteeId: u.id, name: byId.get(u.id)!.name, reason: u.reason })),
    mentorLoad: [],
    scoreMs: Math.round(result.timings.scoreMs),
    solveMs: Math.round(result.timings.solveMs),
  };
  const run = await db.$transaction(async (tx) => {
    // One draft per programme, as in runMatching: runs queue on the programme lock.
    await lockProgram(tx, programId);
    await discardDrafts(tx, programId);
    const created = await tx.matchingRun.create({
      data: { programId, draftOf: programId, createdById: actor.id, config: cohort.config, summary: summary as object },
    });
    await tx.match.createMany({
      data: result.pairs.map((pair) => ({
        programId,
        runId: created.id,
        mentorId: pair.firstId,
        menteeId: pair.secondId,
        status: "PROPOSED" as const,
        source: "ALGORITHM" as const,
        score: pair.score,
        explanation: explainPeerPair(byId.get(pair.firstId)!, byId.get(pair.secondId)!, cohort.config) as object,
      })),
    });
    return created;
  }, queuedTransaction);
  return { runId: run.id, matched: result.pairs.length * 2, unmatched: result.unmatched.length };
}

/**
 * Peers sit on either side of a pair, so before publishing, anyone in a proposal who is already
 * in a live pair (on either side) or in two proposals blocks the publish.
 */
export async function peerPublishProblems(
  tx: Prisma.TransactionClient,
  programId: string,
  proposals: { mentorId: string; menteeId: string; mentor: { user: { name: string } }; mentee: { user: { name: string } } }[],
  liveStatuses: readonly ("AWAITING_CONFIRMATION" | "ACTIVE")[],
): Promise<string[]> {
  const ids = proposals.flatMap((p) => [p.mentorId, p.menteeId]);
  const live = await tx.match.findMany({
    where: { programId, status: { in: [...liveStatuses] }, OR: [{ mentorId: { in: ids } }, { menteeId: { in: ids } }] },
    select: { mentorId: true, menteeId: true },
  });
  const busy = new Set(live.flatMap((m) => [m.mentorId, m.menteeId]));
  const names = new Map(
    proposals.flatMap((p) => [[p.mentorId, p.mentor.user.name] as const, [p.menteeId, p.mentee.user.name] as const]),
  );
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const id of ids) {
    if (busy.has(id) || seen.has(id)) problems.push(`${names.get(id)} already has a peer`);
    seen.add(id);
  }
  return [...new Set(problems)];
}
