import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadCheckInQueue } from "@/lib/checkins/list-queue";
import { programHealth } from "@/lib/kpi/health";
import { loadPairSummaries } from "@/lib/kpi/pair-summaries";
import { menteesWaiting } from "@/lib/matching/waiting";
import { getProgramDesign } from "@/lib/programs/design";
import { nextStages, stageActionLabels, transitionProblems } from "@/lib/programs/lifecycle";
import { forwardStage, nextStep, stageOutcomes, whatIsMissing } from "@/lib/programs/next-step";

/** A programme's overview tab: its next step, lifecycle choices, health at a glance and what is missing. */
export async function getProgramOverview(actor: Actor, programId: string, now = new Date()) {
  const { program, snapshot } = await getProgramDesign(actor, programId);
  const [mentees, matches] = await Promise.all([
    db.participation.findMany({ where: { programId, status: "APPROVED", role: "MENTEE" }, select: { id: true } }),
    loadPairSummaries([programId], now),
  ]);
  const health = programHealth(mentees.length, matches, now);
  const queue = await loadCheckInQueue({ programId }, now);
  const facts = { ...snapshot, waiting: menteesWaiting(mentees, matches, program.type).length, checkInsDue: queue.items.length };
  return {
    program: { id: program.id, name: program.name, purpose: program.purpose, status: program.status },
    facts,
    health,
    next: nextStep(facts),
    missing: whatIsMissing(facts),
    stages: nextStages[program.status].map((to) => {
      const problems = transitionProblems(snapshot, to);
      // The forward stage's problems are already the "What is missing" list; say so once.
      const listedUnderMissing = to === forwardStage(program.status);
      return {
        to,
        label: stageActionLabels[to],
        outcome: stageOutcomes[to],
        ready: problems.length === 0,
        problems: listedUnderMissing ? [] : problems,
        listedUnderMissing: listedUnderMissing && problems.length > 0,
      };
    }),
  };
}
