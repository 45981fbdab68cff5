import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { queuedTransaction } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { formGroups } from "@/lib/groups/form-groups";
import { mentorPlaces } from "@/lib/groups/group-size";
import { findDraftRun } from "@/lib/matching/draft-run";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { lockProgram } from "@/lib/matching/program-lock";
import { notify } from "@/lib/notifications/notify";
import { counted } from "@/lib/format";
import { peerPublishProblems } from "@/lib/matching/run-peer-matching";
import { requestEvaluationRefresh } from "@/lib/kpi/request-evaluation-refresh";

/**
 * Makes a draft's proposals real pairs (or, in hybrid programmes, asks both people to confirm)
 * and tells everyone. All or nothing: if any mentor would go over capacity, or any mentee already
 * has a mentor, nothing is published.
 */
export async function publishRun(actor: Actor, input: { runId: string }, now = new Date()): Promise<{ published: number }> {
  requirePermission(actor, "matching:write");
  const { programId } = await findDraftRun(input.runId);
  const result = await db.$transaction(async (tx) => {
    await lockProgram(tx, programId);
    const run = await tx.matchingRun.findUniqueOrThrow({
      where: { id: input.runId },
      select: { status: true, program: { select: { name: true, matchingMode: true, type: true, maxGroupSize: true } } },
    });
    if (run.status !== "DRAFT")
      throw new AppError("CONFLICT", "Another coordinator published or discarded this run a moment ago. Refresh the page.");
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
      where: {
        programId,
        status: { in: [...placeHoldingStatuses] },
        OR: [{ mentorId: { in: proposals.map((p) => p.mentorId) } }, { menteeId: { in: proposals.map((p) => p.menteeId) } }],
      },
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
    if (run.program.type === "PEER")
      problems.push(...(await peerPublishProblems(tx, programId, proposals, placeHoldingStatuses)));
    const capacityOf = (p: (typeof proposals)[number]) => mentorPlaces(run.program, p.mentor.capacity);
    for (const p of new Map(proposals.map((p) => [p.mentorId, p])).values()) {
      if (load.get(p.mentorId)! > capacityOf(p))
        problems.push(`${p.mentor.user.name} would have ${load.get(p.mentorId)} mentees for ${capacityOf(p)} places`);
    }
    if (problems.length > 0) {
      throw new AppError(
        "CONFLICT",
        `Nothing was published, because pairs changed since this run: ${problems.join("; ")}. Run matching again.`,
      );
    }
    const hybrid = run.program.matchingMode === "HYBRID";
    // What each side calls the other: peers mentor each other.
    const sides = run.program.type === "PEER" ? { mentor: "peer", mentee: "peer" } : { mentor: "mentor", mentee: "mentee" };
    await tx.match.updateMany({
      where: { runId: input.runId, status: "PROPOSED" },
      data: hybrid ? { status: "AWAITING_CONFIRMATION" } : { status: "ACTIVE", startedAt: now },
    });
    await tx.matchingRun.update({ where: { id: input.runId }, data: { status: "PUBLISHED", publishedAt: now, draftOf: null } });
    // A group programme publishes circles: each mentor's new mentees join the mentor's group.
    await formGroups(tx, programId, now);
    await notify(
      tx,
      proposals.flatMap((p) =>
        (["mentee", "mentor"] as const).map((side) => {
          const other = side === "mentee" ? p.mentor : p.mentee;
          const otherSide = sides[side === "mentee" ? "mentor" : "mentee"];
          return {
            userId: p[side].userId,
            kind: "MATCH_PUBLISHED",
            subject: hybrid
              ? `Please confirm your proposed ${otherSide}: ${other.user.name}`
              : `Meet your ${otherSide}: ${other.user.name}`,
            body: `${run.program.name}: you have been matched with ${other.user.name}. See why you were paired and arrange your first session.`,
            link: "/me/mentoring",
            dedupeKey: `match-published:${p.id}:${side}`,
          };
        }),
      ),
    );
    await recordAudit(
      tx,
      actor,
      {
        action: "matching.published",
        target: { type: "MatchingRun", id: input.runId },
        summary: `Published ${counted(proposals.length, "pair")} in ${run.program.name}${hybrid ? ", for both sides to confirm" : ""}`,
      },
      now,
    );
    return { published: proposals.length };
  }, queuedTransaction);
  if (result.published > 0) await requestEvaluationRefresh(now);
  return result;
}
