import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeRules } from "@/lib/matching/config";
import { explainPair } from "@/lib/matching/explain";
import { explainProposal } from "@/lib/matching/explanation";
import { loadCohort, placeHoldingStatuses } from "@/lib/matching/load-cohort";
import { CohortError, matchCohort } from "@/lib/matching/match-cohort";
import { lockProgramme } from "@/lib/matching/programme-lock";
import type { constraintSchema, endMatchSchema, manualAssignSchema, swapSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";

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
export async function runMatching(actor: Actor, input: { programId: string }, now = new Date()): Promise<{ runId: string; matched: number; unmatched: number }> {
  requirePermission(actor, "matching:write");
  const cohort = await loadCohort(input.programId, now);
  if (cohort.mentees.length === 0) throw new AppError("CONFLICT", "Every approved mentee already has a mentor; approve more mentees or end a pair to match again.");
  if (cohort.mentors.length === 0) throw new AppError("CONFLICT", "No approved mentor has a place left; approve more mentors or raise their capacity.");

  let result;
  try {
    result = matchCohort({ mentees: cohort.mentees, mentors: cohort.mentors, config: cohort.config, locked: cohort.locked, forbidden: cohort.forbidden });
  } catch (error) {
    if (error instanceof CohortError) throw new AppError("CONFLICT", error.message);
    throw error;
  }

  const mentees = new Map(cohort.mentees.map((m) => [m.id, m]));
  const mentorsById = new Map(cohort.mentors.map((m) => [m.id, m]));
  const menteesOnMentor = new Map<string, string[]>();
  for (const pair of result.pairs) menteesOnMentor.set(pair.mentorId, [...(menteesOnMentor.get(pair.mentorId) ?? []), mentees.get(pair.menteeId)!.name]);

  const summary: RunSummary = {
    mentees: cohort.mentees.length,
    mentors: cohort.mentors.length,
    matched: result.pairs.length,
    total: result.total,
    greedyTotal: result.greedyTotal,
    topThreeShare: result.topThreeShare,
    scoreBands: result.scoreBands,
    unmatched: result.unmatched.map((u) => ({ ...u, name: mentees.get(u.menteeId)!.name })),
    mentorLoad: result.mentorLoad.map((l) => ({ ...l, name: mentorsById.get(l.mentorId)!.name })),
    scoreMs: Math.round(result.timings.scoreMs),
    solveMs: Math.round(result.timings.solveMs),
  };

  const run = await db.$transaction(async (tx) => {
    await discardDrafts(tx, input.programId);
    const created = await tx.matchingRun.create({
      data: { programId: input.programId, createdById: actor.id, config: cohort.config, summary: summary as object },
    });
    await tx.match.createMany({
      data: result.pairs.map((pair) => ({
        programId: input.programId,
        runId: created.id,
        menteeId: pair.menteeId,
        mentorId: pair.mentorId,
        status: "PROPOSED" as const,
        source: "ALGORITHM" as const,
        score: pair.score,
        explanation: explainProposal(mentees.get(pair.menteeId)!, mentorsById.get(pair.mentorId)!, cohort.config, pair, { mentorsById, menteesOnMentor }) as object,
      })),
    });
    return created;
  });
  return { runId: run.id, matched: result.pairs.length, unmatched: result.unmatched.length };
}

async function discardDrafts(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], programId: string) {
  const drafts = await tx.matchingRun.findMany({ where: { programId, status: "DRAFT" }, select: { id: true } });
  if (drafts.length === 0) return;
  const ids = drafts.map((d) => d.id);
  await tx.match.deleteMany({ where: { runId: { in: ids }, status: "PROPOSED" } });
  await tx.matchingRun.updateMany({ where: { id: { in: ids } }, data: { status: "DISCARDED" } });
}

async function draftRun(runId: string) {
  const run = await db.matchingRun.findUnique({ where: { id: runId }, select: { id: true, programId: true, status: true } });
  if (!run) throw new AppError("NOT_FOUND", "That matching run no longer exists. Refresh the page.");
  if (run.status !== "DRAFT") throw new AppError("CONFLICT", `This run was already ${run.status === "PUBLISHED" ? "published" : "discarded"}. Refresh the page.`);
  return run;
}

export async function discardRun(actor: Actor, input: { runId: string }): Promise<void> {
  requirePermission(actor, "matching:write");
  const run = await draftRun(input.runId);
  await db.$transaction((tx) => discardDrafts(tx, run.programId));
}

/**
 * Makes a draft's proposals real pairs (or, in hybrid programmes, asks both people to confirm)
 * and tells everyone. All or nothing: if any mentor would go over capacity, or any mentee already
 * has a mentor, nothing is published.
 */
export async function publishRun(actor: Actor, input: { runId: string }, now = new Date()): Promise<{ published: number }> {
  requirePermission(actor, "matching:write");
  const { programId } = await draftRun(input.runId);
  return db.$transaction(async (tx) => {
    await lockProgramme(tx, programId);
    const run = await tx.matchingRun.findUniqueOrThrow({ where: { id: input.runId }, select: { status: true, program: { select: { name: true, matchingMode: true, type: true, maxGroupSize: true } } } });
    if (run.status !== "DRAFT") throw new AppError("CONFLICT", "Another coordinator published or discarded this run a moment ago. Refresh the page.");
    const proposals = await tx.match.findMany({
      where: { runId: input.runId, status: "PROPOSED" },
      select: {
        id: true,
        menteeId: true,
        mentorId: true,
        mentor: { select: { capacity: true, userId: true, user: { select: { name: true } } } },
        mentee: { select: { userId: true, user: { select: { name: true } } } },
      },
    });
    if (proposals.length === 0) throw new AppError("CONFLICT", "This run has no proposals to publish.");
    const live = await tx.match.findMany({
      where: { programId, status: { in: [...placeHoldingStatuses] }, OR: [{ mentorId: { in: proposals.map((p) => p.mentorId) } }, { menteeId: { in: proposals.map((p) => p.menteeId) } }] },
      select: { mentorId: true, menteeId: true },
    });
    const problems: string[] = [];
    const busyMentees = new Set(live.map((m) => m.menteeId));
    const load = new Map<string, number>();
    for (const m of live) load.set(m.mentorId, (load.get(m.mentorId) ?? 0) + 1);
    for (const p of proposals) {
      if (busyMentees.has(p.menteeId)) problems.push(`${p.mentee.user.name} already has a mentor`);
      load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
    }
    const capacityOf = (p: (typeof proposals)[number]) => (run.program.type === "GROUP" && run.program.maxGroupSize ? run.program.maxGroupSize : p.mentor.capacity);
    for (const p of new Map(proposals.map((p) => [p.mentorId, p])).values()) {
      if (load.get(p.mentorId)! > capacityOf(p)) problems.push(`${p.mentor.user.name} would have ${load.get(p.mentorId)} mentees for ${capacityOf(p)} places`);
    }
    if (problems.length > 0) {
      throw new AppError("CONFLICT", `Nothing was published, because pairs changed since this run: ${problems.join("; ")}. Run matching again.`);
    }
    const hybrid = run.program.matchingMode === "HYBRID";
    await tx.match.updateMany({
      where: { runId: input.runId, status: "PROPOSED" },
      data: hybrid ? { status: "AWAITING_CONFIRMATION" } : { status: "ACTIVE", startedAt: now },
    });
    await tx.matchingRun.update({ where: { id: input.runId }, data: { status: "PUBLISHED", publishedAt: now } });
    await notify(
      tx,
      proposals.flatMap((p) => [
        {
          userId: p.mentee.userId,
          subject: hybrid ? `Please confirm your proposed mentor: ${p.mentor.user.name}` : `Meet your mentor: ${p.mentor.user.name}`,
          body: `${run.program.name}: you have been matched with ${p.mentor.user.name}. See why you were paired and arrange your first session.`,
          link: "/me/mentoring",
        },
        {
          userId: p.mentor.userId,
          subject: hybrid ? `Please confirm your proposed mentee: ${p.mentee.user.name}` : `Meet your mentee: ${p.mentee.user.name}`,
          body: `${run.program.name}: you have been matched with ${p.mentee.user.name}. See why you were paired and arrange your first session.`,
          link: "/me/mentoring",
        },
      ]),
    );
    return { published: proposals.length };
  });
}

/** Lock or forbid a pair for future runs, or clear what was set. A mentee has at most one lock. */
export async function setConstraint(actor: Actor, input: z.output<typeof constraintSchema>): Promise<void> {
  requirePermission(actor, "matching:write");
  const people = await db.participation.findMany({
    where: { id: { in: [input.menteeId, input.mentorId] }, programId: input.programId, status: "APPROVED" },
    select: { id: true, role: true },
  });
  const roles = new Map(people.map((p) => [p.id, p.role]));
  if (roles.get(input.menteeId) !== "MENTEE" || roles.get(input.mentorId) !== "MENTOR") {
    throw new AppError("NOT_FOUND", "That mentee or mentor is no longer approved in this programme. Refresh the page.");
  }
  const key = { programId_menteeId_mentorId: { programId: input.programId, menteeId: input.menteeId, mentorId: input.mentorId } };
  await db.$transaction(async (tx) => {
    if (input.kind === "NONE") {
      await tx.matchConstraint.deleteMany({ where: { programId: input.programId, menteeId: input.menteeId, mentorId: input.mentorId } });
      return;
    }
    if (input.kind === "LOCK") await tx.matchConstraint.deleteMany({ where: { programId: input.programId, menteeId: input.menteeId, kind: "LOCK" } });
    await tx.matchConstraint.upsert({ where: key, create: { ...key.programId_menteeId_mentorId, kind: input.kind }, update: { kind: input.kind } });
  });
}

/**
 * A coordinator's own choice of mentor for one proposal, re-scored on the spot. It must pass the
 * hard rules and fit the mentor's places in this run; it is locked so a re-run keeps it.
 */
export async function assignManually(actor: Actor, input: z.output<typeof manualAssignSchema>, now = new Date()): Promise<{ score: number }> {
  requirePermission(actor, "matching:write");
  const proposal = await db.match.findUnique({
    where: { id: input.matchId },
    select: { id: true, programId: true, menteeId: true, status: true, run: { select: { id: true, status: true } } },
  });
  if (!proposal || proposal.status !== "PROPOSED" || proposal.run?.status !== "DRAFT") {
    throw new AppError("CONFLICT", "This proposal was published or replaced. Refresh the page.");
  }
  const cohort = await loadCohort(proposal.programId, now);
  const mentee = cohort.mentees.find((m) => m.id === proposal.menteeId);
  const mentor = cohort.mentors.find((m) => m.id === input.mentorId);
  if (!mentee) throw new AppError("CONFLICT", "This mentee already has a mentor. Refresh the page.");
  if (!mentor) throw new AppError("CONFLICT", "That mentor has no place left in this programme.", { mentorId: ["No place left with this mentor."] });
  const explanation = explainPair(mentee, mentor, cohort.config, cohort.forbidden.has(`${mentee.id}:${mentor.id}`));
  if (!explanation.eligible) {
    throw new AppError("CONFLICT", `That pair breaks a matching rule: ${describeRules(explanation.failed)}.`, {
      mentorId: [`Not allowed: ${describeRules(explanation.failed)}.`],
    });
  }
  const inRun = await db.match.count({ where: { runId: proposal.run.id, mentorId: mentor.id, status: "PROPOSED", id: { not: proposal.id } } });
  if (inRun >= mentor.capacity) {
    throw new AppError("CONFLICT", `${mentor.name}'s places in this run are taken. Move one of their mentees first.`, { mentorId: ["Full in this run."] });
  }
  const stored = explainProposal(mentee, mentor, cohort.config, null, { mentorsById: new Map(), menteesOnMentor: new Map() });
  await db.$transaction(async (tx) => {
    await tx.match.update({ where: { id: proposal.id }, data: { mentorId: mentor.id, score: explanation.total, explanation: stored as object, source: "MANUAL" } });
    await tx.matchConstraint.deleteMany({ where: { programId: proposal.programId, menteeId: mentee.id, kind: "LOCK" } });
    await tx.matchConstraint.upsert({
      where: { programId_menteeId_mentorId: { programId: proposal.programId, menteeId: mentee.id, mentorId: mentor.id } },
      create: { programId: proposal.programId, menteeId: mentee.id, mentorId: mentor.id, kind: "LOCK" },
      update: { kind: "LOCK" },
    });
  });
  return { score: explanation.total };
}

/** Exchanges the mentors of two proposals in the same draft; both new pairs must pass the rules. */
export async function swapProposals(actor: Actor, input: z.output<typeof swapSchema>, now = new Date()): Promise<{ scores: [number, number] }> {
  requirePermission(actor, "matching:write");
  const proposals = await db.match.findMany({
    where: { id: { in: [input.matchId, input.otherMatchId] }, status: "PROPOSED", run: { status: "DRAFT" } },
    select: { id: true, programId: true, runId: true, menteeId: true, mentorId: true },
  });
  const a = proposals.find((p) => p.id === input.matchId);
  const b = proposals.find((p) => p.id === input.otherMatchId);
  if (!a || !b || a.runId !== b.runId || a.id === b.id) throw new AppError("CONFLICT", "Those proposals are no longer in the same draft. Refresh the page.");
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
    for (const { match, mentee, mentor, explanation } of scored) {
      const stored = explainProposal(mentee, mentor, cohort.config, null, { mentorsById: new Map(), menteesOnMentor: new Map() });
      await tx.match.update({ where: { id: match.id }, data: { mentorId: mentor.id, score: explanation.total, explanation: stored as object, source: "MANUAL" } });
      await tx.matchConstraint.deleteMany({ where: { programId: match.programId, menteeId: mentee.id, kind: "LOCK" } });
      const key = { programId: match.programId, menteeId: mentee.id, mentorId: mentor.id };
      await tx.matchConstraint.upsert({ where: { programId_menteeId_mentorId: key }, create: { ...key, kind: "LOCK" }, update: { kind: "LOCK" } });
    }
  });
  return { scores: [scored[0]!.explanation.total, scored[1]!.explanation.total] };
}

/** Ends a live pair that is not working; the mentee goes back into the pool, never to this mentor. */
export async function endAndRematch(actor: Actor, input: z.output<typeof endMatchSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "matching:write");
  const match = await db.match.findUnique({
    where: { id: input.matchId },
    select: {
      id: true,
      programId: true,
      status: true,
      menteeId: true,
      mentorId: true,
      program: { select: { name: true } },
      mentee: { select: { userId: true } },
      mentor: { select: { userId: true } },
    },
  });
  if (!match || !(placeHoldingStatuses as readonly string[]).includes(match.status)) throw new AppError("CONFLICT", "This pair has already ended. Refresh the page.");
  await db.$transaction(async (tx) => {
    await tx.match.update({ where: { id: match.id }, data: { status: "ENDED", endedAt: now, endReason: input.reason } });
    const key = { programId: match.programId, menteeId: match.menteeId, mentorId: match.mentorId };
    await tx.matchConstraint.upsert({ where: { programId_menteeId_mentorId: key }, create: { ...key, kind: "FORBID" }, update: { kind: "FORBID" } });
    await notify(
      tx,
      [match.mentee.userId, match.mentor.userId].map((userId) => ({
        userId,
        subject: `Your ${match.program.name} pairing has ended`,
        body: "Your coordinator ended this pairing so each of you can be matched with someone who fits better. Thank you for the time you gave it.",
        link: "/me/mentoring",
      })),
    );
  });
}
