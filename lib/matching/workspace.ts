import "server-only";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readExplanation } from "@/lib/matching/explanation";
import { explainPair } from "@/lib/matching/score-pair";
import { loadCohort } from "@/lib/matching/load-cohort";
import type { RunSummary } from "@/lib/matching/run-matching";
import { getMatchingSettings } from "@/lib/matching/settings";
import { describeRules } from "@/lib/matching/config";
import { menteesWaiting } from "@/lib/matching/waiting";

const person = {
  select: { id: true, user: { select: { name: true, title: true, department: { select: { name: true } } } } },
} as const;

/** Everything the coordinator's matching workspace shows for one programme. */
export async function matchingWorkspace(actor: Actor, programId: string) {
  requirePermission(actor, "matching:read");
  const settings = await getMatchingSettings(actor, programId);
  const [draft, constraints, live, counts, lastPublished, mentees, placements] = await Promise.all([
    db.matchingRun.findFirst({
      where: { programId, status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        createdAt: true,
        summary: true,
        createdBy: { select: { name: true } },
        matches: {
          where: { status: "PROPOSED" },
          orderBy: [{ score: "desc" }, { id: "asc" }],
          select: { id: true, score: true, source: true, explanation: true, mentee: person, mentor: person },
        },
      },
    }),
    db.matchConstraint.findMany({
      where: { programId },
      orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, menteeId: true, mentorId: true, mentee: person, mentor: person },
    }),
    db.match.findMany({
      where: { programId, status: { in: [...placeHoldingStatuses] } },
      orderBy: [{ flaggedAt: { sort: "desc", nulls: "last" } }, { startedAt: "desc" }],
      select: {
        id: true,
        status: true,
        score: true,
        flaggedAt: true,
        flagReason: true,
        startedAt: true,
        mentee: person,
        mentor: person,
      },
    }),
    db.participation.groupBy({ by: ["role"], where: { programId, status: "APPROVED" }, _count: true }),
    db.matchingRun.findFirst({
      where: { programId, status: "PUBLISHED" },
      orderBy: { publishedAt: "desc" },
      select: { publishedAt: true, createdBy: { select: { name: true } }, _count: { select: { matches: true } } },
    }),
    db.participation.findMany({ where: { programId, status: "APPROVED", role: "MENTEE" }, select: { id: true } }),
    db.match.findMany({ where: { programId }, select: { menteeId: true, status: true } }),
  ]);
  return {
    settings,
    approved: {
      mentors: counts.find((c) => c.role === "MENTOR")?._count ?? 0,
      mentees: counts.find((c) => c.role === "MENTEE")?._count ?? 0,
    },
    waiting: menteesWaiting(mentees, placements, settings.type).length,
    draft: draft && {
      ...draft,
      summary: draft.summary as unknown as RunSummary,
      total: draft.matches.reduce((sum, m) => sum + (m.score ?? 0), 0),
      /** Scores are shown in one unit, percent: the mean pair score, and the optimum's gain over greedy. */
      averageScore: draft.matches.length
        ? draft.matches.reduce((sum, m) => sum + (m.score ?? 0), 0) / draft.matches.length
        : null,
      gainOverGreedy: gainOverGreedy(draft.summary as unknown as RunSummary),
      matches: draft.matches.map((m) => ({ ...m, explanation: readExplanation(m.explanation) })),
    },
    locks: new Map(constraints.filter((c) => c.kind === "LOCK").map((c) => [c.menteeId, c.mentorId])),
    forbidden: new Set(constraints.filter((c) => c.kind === "FORBID").map((c) => `${c.menteeId}:${c.mentorId}`)),
    constraints,
    live,
    lastPublished: lastPublished && {
      at: lastPublished.publishedAt,
      by: lastPublished.createdBy?.name ?? null,
      pairs: lastPublished._count.matches,
    },
  };
}

/** Every mentor with a place left, scored live for one proposal's mentee: the manual-assignment list. */
export async function mentorOptionsFor(actor: Actor, matchId: string) {
  requirePermission(actor, "matching:read");
  const proposal = await db.match.findUnique({
    where: { id: matchId },
    select: {
      id: true,
      programId: true,
      menteeId: true,
      mentorId: true,
      status: true,
      runId: true,
      program: { select: { name: true } },
    },
  });
  if (!proposal || proposal.status !== "PROPOSED" || !proposal.runId)
    throw new AppError("NOT_FOUND", "That proposal was published or replaced.");
  const cohort = await loadCohort(proposal.programId);
  const mentee = cohort.mentees.find((m) => m.id === proposal.menteeId);
  if (!mentee) throw new AppError("NOT_FOUND", "This mentee already has a mentor.");
  const others = await db.match.findMany({
    where: { runId: proposal.runId, status: "PROPOSED", id: { not: proposal.id } },
    select: { id: true, mentorId: true, mentee: { select: { user: { select: { name: true } } } } },
  });
  const takenBy = new Map<string, number>();
  for (const other of others) takenBy.set(other.mentorId, (takenBy.get(other.mentorId) ?? 0) + 1);
  const options = cohort.mentors.map((mentor) => {
    const explanation = explainPair(mentee, mentor, cohort.config, cohort.forbidden.has(`${mentee.id}:${mentor.id}`));
    const free = mentor.capacity - (takenBy.get(mentor.id) ?? 0);
    return {
      mentorId: mentor.id,
      name: mentor.name,
      current: mentor.id === proposal.mentorId,
      free,
      /** When the mentor is full in this run: their proposals, to swap with. */
      swapWith: others.filter((o) => o.mentorId === mentor.id).map((o) => ({ matchId: o.id, menteeName: o.mentee.user.name })),
      eligible: explanation.eligible,
      score: explanation.eligible ? explanation.total : null,
      why: explanation.eligible
        ? explanation.parts
            .filter((p) => p.score > 0)
            .sort((a, b) => b.contribution - a.contribution)
            .slice(0, 2)
            .map((p) => p.evidence)
            .join("; ")
        : describeRules(explanation.failed),
    };
  });
  options.sort(
    (a, b) => Number(b.eligible) - Number(a.eligible) || (b.score ?? 0) - (a.score ?? 0) || a.name.localeCompare(b.name),
  );
  return { proposal, programName: proposal.program.name, menteeName: mentee.name, options };
}

function gainOverGreedy(summary: RunSummary): number | null {
  return summary.greedyTotal > 0 ? (summary.total - summary.greedyTotal) / summary.greedyTotal : null;
}
