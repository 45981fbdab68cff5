import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { describeRules } from "@/lib/matching/config";
import { explainPair } from "@/lib/matching/score-pair";
import { loadCohort } from "@/lib/matching/load-cohort";
import { reassignProposal } from "@/lib/matching/reassign-proposal";
import type { manualAssignSchema } from "@/lib/matching/schemas";

/**
 * A coordinator's own choice of mentor for one proposal, re-scored on the spot. It must pass the
 * hard rules and fit the mentor's places in this run; it is locked so a re-run keeps it.
 */
export async function assignManually(
  actor: Actor,
  input: z.output<typeof manualAssignSchema>,
  now = new Date(),
): Promise<{ score: number }> {
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
  if (!mentor)
    throw new AppError("CONFLICT", "That mentor has no place left in this programme.", {
      mentorId: ["No place left with this mentor."],
    });
  const explanation = explainPair(mentee, mentor, cohort.config, cohort.forbidden.has(`${mentee.id}:${mentor.id}`));
  if (!explanation.eligible) {
    throw new AppError("CONFLICT", `That pair breaks a matching rule: ${describeRules(explanation.failed)}.`, {
      mentorId: [`Not allowed: ${describeRules(explanation.failed)}.`],
    });
  }
  const inRun = await db.match.count({
    where: { runId: proposal.run.id, mentorId: mentor.id, status: "PROPOSED", id: { not: proposal.id } },
  });
  if (inRun >= mentor.capacity) {
    throw new AppError("CONFLICT", `${mentor.name}'s places in this run are taken. Move one of their mentees first.`, {
      mentorId: ["Full in this run."],
    });
  }
  await db.$transaction((tx) => reassignProposal(tx, proposal, { mentee, mentor, score: explanation.total }, cohort.config));
  return { score: explanation.total };
}
