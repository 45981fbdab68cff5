import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lockProgram } from "@/lib/matching/program-lock";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { discardDrafts } from "@/lib/matching/draft-run";
import { explainProposal } from "@/lib/matching/explanation";
import { loadCohort } from "@/lib/matching/load-cohort";
import { CohortError, matchCohort } from "@/lib/matching/match-cohort";
import { runPeerMatching } from "@/lib/matching/run-peer-matching";

export interface RunSummary {
  mentees: number;
  mentors: number;
  matched: number;
  /** The optimum when the run was made, and what best-pair-first would have reached. */
  total: number;
  greedyTotal: number;
  topThreeShare: number | null;
  scoreBands: number[];
  unmatched: { menteeId: string; name: string; reason: string }[];
  mentorLoad: { mentorId: string; name: string; load: number; capacity: number }[];
  scoreMs: number;
  solveMs: number;
}

/** Runs the cohort matcher and stores its proposals as the programme's one draft. */
export async function runMatching(
  actor: Actor,
  input: { programId: string },
  now = new Date(),
): Promise<{ runId: string; matched: number; unmatched: number }> {
  requirePermission(actor, "matching:write");
  const cohort = await loadCohort(input.programId, now);
  if (cohort.program.type === "PEER") return runPeerMatching(actor, cohort);
  const [firstHeldBack] = cohort.heldBack;
  if (cohort.mentees.length === 0 && firstHeldBack)
    throw new AppError(
      "CONFLICT",
      `Every mentee waiting has had this quarter's flash conversations. ${firstHeldBack.name}: ${firstHeldBack.reason}`,
    );
  if (cohort.mentees.length === 0)
    throw new AppError(
      "CONFLICT",
      "Every approved mentee already has a mentor; approve more mentees or end a pair to match again.",
    );
  if (cohort.mentors.length === 0)
    throw new AppError("CONFLICT", "No approved mentor has a place left; approve more mentors or raise their capacity.");

  let result;
  try {
    result = matchCohort({
      mentees: cohort.mentees,
      mentors: cohort.mentors,
      config: cohort.config,
      locked: cohort.locked,
      forbidden: cohort.forbidden,
    });
  } catch (error) {
    if (error instanceof CohortError) throw new AppError("CONFLICT", error.message);
    throw error;
  }

  const mentees = new Map(cohort.mentees.map((m) => [m.id, m]));
  const mentorsById = new Map(cohort.mentors.map((m) => [m.id, m]));
  const menteesOnMentor = new Map<string, string[]>();
  for (const pair of result.pairs)
    menteesOnMentor.set(pair.mentorId, [...(menteesOnMentor.get(pair.mentorId) ?? []), mentees.get(pair.menteeId)!.name]);

  const summary: RunSummary = {
    mentees: cohort.mentees.length,
    mentors: cohort.mentors.length,
    matched: result.pairs.length,
    total: result.total,
    greedyTotal: result.greedyTotal,
    topThreeShare: result.topThreeShare,
    scoreBands: result.scoreBands,
    // Flash mentees at their limit for the quarter are listed with the reason they sit this round out.
    unmatched: [...result.unmatched.map((u) => ({ ...u, name: mentees.get(u.menteeId)!.name })), ...cohort.heldBack],
    mentorLoad: result.mentorLoad.map((l) => ({ ...l, name: mentorsById.get(l.mentorId)!.name })),
    scoreMs: Math.round(result.timings.scoreMs),
    solveMs: Math.round(result.timings.solveMs),
  };

  // Explained before the transaction, so the programme stays locked only for the writes.
  const proposals = result.pairs.map((pair) => ({
    menteeId: pair.menteeId,
    mentorId: pair.mentorId,
    status: "PROPOSED" as const,
    source: "ALGORITHM" as const,
    score: pair.score,
    explanation: explainProposal(mentees.get(pair.menteeId)!, mentorsById.get(pair.mentorId)!, cohort.config, pair, {
      mentorsById,
      menteesOnMentor,
    }) as object,
  }));
  const run = await db.$transaction(async (tx) => {
    // Runs of one programme are saved one after another; each replaces the draft before it, and the
    // database holds at most one draft per programme (MatchingRun.draftOf is unique).
    await lockProgram(tx, input.programId);
    await discardDrafts(tx, input.programId);
    const created = await tx.matchingRun.create({
      data: {
        programId: input.programId,
        draftOf: input.programId,
        createdById: actor.id,
        config: cohort.config,
        summary: summary as object,
      },
    });
    await tx.match.createMany({
      data: proposals.map((proposal) => ({ ...proposal, programId: input.programId, runId: created.id })),
    });
    return created;
  }, queuedTransaction);
  return { runId: run.id, matched: result.pairs.length, unmatched: result.unmatched.length };
}
