import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { lockRow } from "@/lib/db/conflicts";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { describeRules } from "@/lib/matching/config";
import { explainPair } from "@/lib/matching/score-pair";
import { explainProposal } from "@/lib/matching/explanation";
import { loadCohort } from "@/lib/matching/load-cohort";
import { pausedMentorIds } from "@/lib/matching/load-responsiveness";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { reasonsForMentee } from "@/lib/matching/mentee-view";
import { formGroups } from "@/lib/groups/form-groups";
import { lockProgram } from "@/lib/matching/program-lock";
import type { mentorRequestSchema, respondRequestSchema } from "@/lib/matching/schemas";
import { notify } from "@/lib/notifications/notify";

type Tx = Prisma.TransactionClient;

/** Hands a mentee's request on to their next choice, if any, with a fresh deadline. */
async function passToNextChoice(tx: Tx, menteeId: string, now: Date): Promise<void> {
  const next = await tx.matchRequest.findFirst({
    where: { menteeId, status: "QUEUED" },
    orderBy: { rank: "asc" },
    select: {
      id: true,
      program: { select: { name: true, selfMatchResponseDays: true } },
      mentor: { select: { userId: true } },
      mentee: { select: { user: { select: { name: true } } } },
    },
  });
  if (!next) return;
  await tx.matchRequest.update({
    where: { id: next.id },
    data: { status: "PENDING", askedAt: now, respondBy: new Date(now.getTime() + next.program.selfMatchResponseDays * dayMs) },
  });
  await notify(tx, [
    {
      userId: next.mentor.userId,
      kind: "MATCH_REQUEST",
      subject: `${next.mentee.user.name} would like you as their mentor`,
      body: `${next.program.name}: please accept or decline within ${next.program.selfMatchResponseDays} days.`,
      link: "/me/mentoring",
      dedupeKey: `match-request:${next.id}`,
    },
  ]);
}

/**
 * Closes a request only while it is still pending, checked in the transaction that closes it: of two
 * identical closes at once, the second waits on the row and then finds it closed. Says whether this
 * call closed it.
 */
async function closePendingRequest(
  tx: Tx,
  requestId: string,
  status: "ACCEPTED" | "DECLINED" | "EXPIRED",
  now: Date,
): Promise<boolean> {
  const closed = await tx.matchRequest.updateMany({
    where: { id: requestId, status: "PENDING" },
    data: { status, respondedAt: now },
  });
  return closed.count > 0;
}

/** A mentor's answer closes the request once; a second identical answer is refused. */
async function answerPendingRequest(tx: Tx, requestId: string, status: "ACCEPTED" | "DECLINED", now: Date): Promise<void> {
  if (!(await closePendingRequest(tx, requestId, status, now)))
    throw new AppError("CONFLICT", "This request has already been answered.");
}

/** Requests nobody answered in time expire, and pass on to the mentee's next choice. */
export async function expireOverdueRequests(now = new Date()): Promise<number> {
  const overdue = await db.matchRequest.findMany({
    where: { status: "PENDING", respondBy: { lt: now } },
    select: { id: true, menteeId: true },
  });
  for (const request of overdue) {
    await db.$transaction(async (tx) => {
      if (await closePendingRequest(tx, request.id, "EXPIRED", now)) await passToNextChoice(tx, request.menteeId, now);
    });
  }
  return overdue.length;
}

async function myMenteeParticipation(actor: Actor, programId: string) {
  const participation = await db.participation.findFirst({
    where: { programId, userId: actor.id, role: "MENTEE", status: "APPROVED" },
    select: {
      id: true,
      program: { select: { id: true, name: true, matchingMode: true, selfMatchRequestLimit: true, selfMatchResponseDays: true } },
    },
  });
  if (!participation) throw new AppError("FORBIDDEN", "You are not an approved mentee in this programme.");
  if (participation.program.matchingMode !== "SELF_MATCH")
    throw new AppError("CONFLICT", "In this programme your coordinator makes the matches.");
  return participation;
}

/**
 * For a mentee choosing: every mentor with a place, best fit first, with the reasons. Mentors
 * paused for unanswered requests are left out until they answer or a coordinator un-pauses them.
 */
export async function mentorSuggestions(actor: Actor, programId: string, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  await expireOverdueRequests(now);
  const me = await myMenteeParticipation(actor, programId);
  const cohort = await loadCohort(programId, now);
  const paused = await pausedMentorIds(programId, now);
  const self = cohort.mentees.find((m) => m.id === me.id);
  const requests = await db.matchRequest.findMany({
    where: { menteeId: me.id },
    orderBy: { rank: "asc" },
    select: {
      id: true,
      rank: true,
      status: true,
      respondBy: true,
      mentor: { select: { id: true, user: { select: { name: true } } } },
    },
  });
  // Reasons quote a mentor's profile only where the mentor shares that part with mentees.
  const sharing = new Map(
    (
      await db.profile.findMany({
        where: { userId: { in: cohort.mentors.map((m) => m.userId) } },
        select: { userId: true, sharedWithMentees: true },
      })
    ).map((p) => [p.userId, p.sharedWithMentees]),
  );
  const suggestions = self
    ? cohort.mentors
        .filter((mentor) => !paused.has(mentor.id))
        .map((mentor) => {
          const explanation = explainPair(
            { ...self, preferences: [] },
            mentor,
            cohort.config,
            cohort.forbidden.has(`${self.id}:${mentor.id}`),
          );
          return { mentor, explanation };
        })
        .filter((s) => s.explanation.eligible || s.explanation.failed.every((rule) => rule === "minimumScore"))
        .map(({ mentor, explanation }) => ({
          mentorId: mentor.id,
          name: mentor.name,
          department: mentor.departmentName,
          placesLeft: mentor.capacity,
          score: explanation.total ?? 0,
          reasons: explanation.eligible ? reasonsForMentee(explanation.parts, sharing.get(mentor.userId) ?? []) : [],
        }))
        .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    : [];
  return { program: me.program, matched: !self, requests, suggestions };
}

/** A mentee asks up to N mentors, in order; the first is asked now, the rest wait their turn. */
export async function requestMentors(actor: Actor, input: z.output<typeof mentorRequestSchema>, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const me = await myMenteeParticipation(actor, input.programId);
  const mentorIds = [...new Set(input.mentorIds)];
  if (mentorIds.length > me.program.selfMatchRequestLimit) {
    throw new AppError("INVALID_INPUT", `Choose at most ${me.program.selfMatchRequestLimit} mentors.`, {
      mentorIds: [`At most ${me.program.selfMatchRequestLimit}.`],
    });
  }
  const cohort = await loadCohort(input.programId, now);
  const self = cohort.mentees.find((m) => m.id === me.id);
  if (!self) throw new AppError("CONFLICT", "You already have a mentor in this programme.");
  const paused = await pausedMentorIds(input.programId, now);
  for (const mentorId of mentorIds) {
    const mentor = cohort.mentors.find((m) => m.id === mentorId);
    if (!mentor)
      throw new AppError("CONFLICT", "One of the mentors you chose has no place left. Refresh the list and choose again.", {
        mentorIds: ["No place left."],
      });
    if (paused.has(mentor.id))
      throw new AppError("CONFLICT", `${mentor.name} is not taking requests at the moment. Refresh the list and choose again.`, {
        mentorIds: ["Not taking requests."],
      });
    const explanation = explainPair(
      { ...self, preferences: [] },
      mentor,
      cohort.config,
      cohort.forbidden.has(`${self.id}:${mentor.id}`),
    );
    if (!explanation.eligible && explanation.failed.some((r) => r !== "minimumScore")) {
      throw new AppError("CONFLICT", `${mentor.name} cannot mentor you here: ${describeRules(explanation.failed)}.`, {
        mentorIds: ["Not allowed."],
      });
    }
  }
  await db.$transaction(async (tx) => {
    // One mentee's requests are decided one call at a time, so a double click asks once.
    await lockRow(tx, "Participation", me.id);
    const open = await tx.matchRequest.count({ where: { menteeId: me.id, status: { in: ["QUEUED", "PENDING"] } } });
    if (open > 0) throw new AppError("CONFLICT", "Your earlier requests are still open. Withdraw them before asking again.");
    const earlier = await tx.matchRequest.findMany({
      where: { menteeId: me.id, mentorId: { in: mentorIds } },
      select: { mentor: { select: { user: { select: { name: true } } } } },
    });
    if (earlier.length > 0) {
      throw new AppError(
        "CONFLICT",
        `You already asked ${earlier.map((e) => e.mentor.user.name).join(", ")}; choose someone new.`,
        { mentorIds: ["Asked before."] },
      );
    }
    const ranked = await tx.matchRequest.aggregate({ where: { menteeId: me.id }, _max: { rank: true } });
    const base = ranked._max.rank ?? 0;
    await tx.matchRequest.createMany({
      data: mentorIds.map((mentorId, k) => ({
        programId: input.programId,
        menteeId: me.id,
        mentorId,
        rank: base + k + 1,
        status: "QUEUED" as const,
        message: input.message,
      })),
    });
    await passToNextChoice(tx, me.id, now);
  });
}

export async function withdrawRequests(actor: Actor, input: { programId: string }, now = new Date()): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const me = await myMenteeParticipation(actor, input.programId);
  await db.matchRequest.updateMany({
    where: { menteeId: me.id, status: { in: ["QUEUED", "PENDING"] } },
    data: { status: "WITHDRAWN", respondedAt: now },
  });
}

/** For a mentor: requests waiting for an answer, with why the mentee would fit. */
export async function requestsForMe(actor: Actor, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  await expireOverdueRequests(now);
  return db.matchRequest.findMany({
    where: { status: "PENDING", mentor: { userId: actor.id } },
    orderBy: { respondBy: "asc" },
    select: {
      id: true,
      message: true,
      respondBy: true,
      program: { select: { name: true } },
      mentee: {
        select: {
          user: {
            select: {
              name: true,
              title: true,
              department: { select: { name: true } },
              profile: { select: { headline: true, skillsWanted: true } },
            },
          },
        },
      },
    },
  });
}

/** A mentor accepts (the pair starts, within capacity) or declines (the mentee's next choice is asked). */
export async function respondToRequest(
  actor: Actor,
  input: z.output<typeof respondRequestSchema>,
  now = new Date(),
): Promise<{ accepted: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  await expireOverdueRequests(now);
  const request = await db.matchRequest.findUnique({
    where: { id: input.requestId },
    select: {
      id: true,
      status: true,
      programId: true,
      menteeId: true,
      mentorId: true,
      program: { select: { name: true } },
      mentor: { select: { userId: true, user: { select: { name: true } } } },
      mentee: { select: { userId: true } },
    },
  });
  if (!request || request.mentor.userId !== actor.id) throw new AppError("NOT_FOUND", "That request is not addressed to you.");
  if (request.status !== "PENDING")
    throw new AppError("CONFLICT", `This request is no longer open (${request.status.toLowerCase()}).`);

  if (!input.accept) {
    await db.$transaction(async (tx) => {
      await answerPendingRequest(tx, request.id, "DECLINED", now);
      await notify(tx, [
        {
          userId: request.mentee.userId,
          subject: `${request.mentor.user.name} cannot mentor you this time`,
          body: `${request.program.name}: your request passes to your next choice, if you made one.`,
          link: "/me/mentoring",
        },
      ]);
      await passToNextChoice(tx, request.menteeId, now);
    });
    return { accepted: false };
  }

  const cohort = await loadCohort(request.programId, now);
  const mentee = cohort.mentees.find((m) => m.id === request.menteeId);
  const mentor = cohort.allMentors.find((m) => m.id === request.mentorId);
  await db.$transaction(async (tx) => {
    await lockProgram(tx, request.programId);
    await answerPendingRequest(tx, request.id, "ACCEPTED", now);
    const held = await tx.match.count({ where: { mentorId: request.mentorId, status: { in: [...placeHoldingStatuses] } } });
    const capacity = (await tx.participation.findUniqueOrThrow({ where: { id: request.mentorId }, select: { capacity: true } }))
      .capacity;
    if (held >= capacity)
      throw new AppError("CONFLICT", "Your places in this programme are all taken, so this request cannot be accepted.");
    const busy = await tx.match.count({ where: { menteeId: request.menteeId, status: { in: [...placeHoldingStatuses] } } });
    if (busy > 0 || !mentee || !mentor) throw new AppError("CONFLICT", "This mentee has found a mentor in the meantime.");
    const explanation = explainProposal(mentee, mentor, cohort.config, null, {
      mentorsById: new Map(),
      menteesOnMentor: new Map(),
    });
    await tx.match.create({
      data: {
        programId: request.programId,
        menteeId: request.menteeId,
        mentorId: request.mentorId,
        status: "ACTIVE",
        source: "SELF_MATCH",
        score: explanation.total,
        explanation: explanation as object,
        startedAt: now,
      },
    });
    await formGroups(tx, request.programId, now);
    await tx.matchRequest.updateMany({
      where: { menteeId: request.menteeId, status: { in: ["QUEUED", "PENDING"] } },
      data: { status: "WITHDRAWN", respondedAt: now },
    });
    await notify(tx, [
      {
        userId: request.mentee.userId,
        subject: `${request.mentor.user.name} accepted: meet your mentor`,
        body: `${request.program.name}: arrange your first session.`,
        link: "/me/mentoring",
      },
    ]);
  });
  return { accepted: true };
}
