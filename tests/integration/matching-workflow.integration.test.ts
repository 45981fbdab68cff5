import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { seedDemoOrganisation } from "@/lib/db/seed/seed-demo";
import { selfMatchProgram, springCohort } from "@/lib/db/seed/programs";
import { demoEmail } from "@/lib/db/seed/org-chart";
import { AppError } from "@/lib/errors";
import { explainPair } from "@/lib/matching/score-pair";
import { loadCohort } from "@/lib/matching/load-cohort";
import { confirmMatch } from "@/lib/matching/confirm-match";
import { assignManually } from "@/lib/matching/assign-manually";
import { discardRun } from "@/lib/matching/discard-run";
import { endAndRematch } from "@/lib/matching/end-and-rematch";
import { publishRun } from "@/lib/matching/publish-run";
import { runMatching } from "@/lib/matching/run-matching";
import { setConstraint } from "@/lib/matching/set-constraint";
import { swapProposals } from "@/lib/matching/swap-proposals";
import { expireOverdueRequests, mentorSuggestions, requestMentors, respondToRequest } from "@/lib/matching/self-match";
import { actorOfParticipation, asActor, createActor } from "../factories";

async function actorFor(name: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email: demoEmail(name) } });
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

async function spring() {
  await seedDemoOrganisation(db);
  const program = await db.program.findUniqueOrThrow({ where: { slug: springCohort.slug } });
  return { program, coordinator: await createActor("COORDINATOR") };
}

async function overCapacity(programId: string): Promise<string[]> {
  const mentors = await db.participation.findMany({
    where: { programId, role: "MENTOR" },
    select: {
      capacity: true,
      user: { select: { name: true } },
      mentorMatches: { where: { status: { in: ["ACTIVE", "AWAITING_CONFIRMATION"] } }, select: { id: true } },
    },
  });
  return mentors.filter((m) => m.mentorMatches.length > m.capacity).map((m) => m.user.name);
}

describe("cohort matching workflow", () => {
  it("proposes pairs that respect the hard rules and explain themselves", async () => {
    const { program, coordinator } = await spring();
    // The demo seed's own pairs have notifications of their own: count only what matching adds.
    const notificationsBefore = await db.notification.count();
    const run = await runMatching(coordinator, { programId: program.id });
    expect(run.matched).toBe(springCohort.mentees.length);
    const proposals = await db.match.findMany({
      where: { runId: run.runId },
      select: {
        score: true,
        explanation: true,
        mentor: { select: { user: { select: { id: true, level: true, name: true } } } },
        mentee: { select: { user: { select: { level: true, managerId: true } } } },
      },
    });
    for (const p of proposals) {
      expect(p.mentor.user.level!).toBeGreaterThan(p.mentee.user.level!);
      expect(p.mentee.user.managerId).not.toBe(p.mentor.user.id);
      const explanation = p.explanation as { total: number; parts: { contribution: number }[] };
      expect(explanation.parts.reduce((s, part) => s + part.contribution, 0)).toBeCloseTo(p.score!, 9);
    }
    // Still a draft: nobody has a live pair or a notification yet.
    expect(await db.match.count({ where: { programId: program.id, status: "ACTIVE" } })).toBe(0);
    expect(await db.notification.count()).toBe(notificationsBefore);
  });

  it("keeps locks and leaves out forbidden pairs when it runs again", async () => {
    const { program, coordinator } = await spring();
    const first = await runMatching(coordinator, { programId: program.id });
    // Two proposals where the first's mentee may be locked to the second's mentor under the hard rules.
    const proposals = await db.match.findMany({ where: { runId: first.runId }, orderBy: { id: "asc" } });
    const cohort = await loadCohort(program.id);
    const allowed = (menteeId: string, mentorId: string) =>
      explainPair(
        cohort.mentees.find((m) => m.id === menteeId)!,
        cohort.mentors.find((m) => m.id === mentorId)!,
        cohort.config,
      ).eligible;
    const [a, b] = proposals
      .flatMap((x) => proposals.filter((y) => y !== x && allowed(x.menteeId, y.mentorId)).map((y) => [x, y] as const))
      .at(0)!;
    await setConstraint(coordinator, { programId: program.id, menteeId: a!.menteeId, mentorId: b!.mentorId, kind: "LOCK" });
    await setConstraint(coordinator, { programId: program.id, menteeId: b!.menteeId, mentorId: b!.mentorId, kind: "FORBID" });
    const second = await runMatching(coordinator, { programId: program.id });
    const pairs = await db.match.findMany({ where: { runId: second.runId } });
    expect(pairs.find((p) => p.menteeId === a!.menteeId)?.mentorId).toBe(b!.mentorId);
    expect(pairs.find((p) => p.menteeId === b!.menteeId)?.mentorId).not.toBe(b!.mentorId);
    // The earlier draft is gone: one draft at a time.
    expect(await db.matchingRun.findUniqueOrThrow({ where: { id: first.runId } })).toMatchObject({ status: "DISCARDED" });
    expect(await db.match.count({ where: { runId: first.runId } })).toBe(0);
  });

  it("requires readiness when the programme says so", async () => {
    const { program, coordinator } = await spring();
    const cohort = await loadCohort(program.id);
    await db.program.update({
      where: { id: program.id },
      data: { matchingConfig: { ...cohort.config, rules: { ...cohort.config.rules, requireReadiness: true } } },
    });
    const run = await runMatching(coordinator, { programId: program.id });
    const notReady = await db.participation.findMany({
      where: { programId: program.id, role: "MENTOR", readinessCompletedAt: null },
      select: { id: true },
    });
    expect(notReady.length).toBeGreaterThan(0);
    expect(await db.match.count({ where: { runId: run.runId, mentorId: { in: notReady.map((p) => p.id) } } })).toBe(0);
  });

  it("publishes all or nothing, notifying both sides", async () => {
    const { program, coordinator } = await spring();
    const notificationsBefore = await db.notification.count();
    const run = await runMatching(coordinator, { programId: program.id });
    const result = await publishRun(coordinator, { runId: run.runId });
    expect(result.published).toBe(run.matched);
    expect(await db.match.count({ where: { runId: run.runId, status: "ACTIVE", startedAt: { not: null } } })).toBe(run.matched);
    expect((await db.notification.count()) - notificationsBefore).toBe(run.matched * 2);
    await expect(publishRun(coordinator, { runId: run.runId })).rejects.toThrow(/already published/);
    expect(await overCapacity(program.id)).toEqual([]);
  });

  it("never lets two concurrent publishes push a mentor over capacity", async () => {
    const { program, coordinator } = await spring();
    const other = await createActor("COORDINATOR");
    const run = await runMatching(coordinator, { programId: program.id });
    const proposals = await db.match.findMany({ where: { runId: run.runId } });
    // A second coordinator's draft, made at the same moment, that gives the same mentors new mentees.
    const rival = await db.matchingRun.create({
      data: { programId: program.id, createdById: other.id, config: {}, summary: {} },
    });
    const mentees = await db.participation.findMany({
      where: { programId: program.id, role: "MENTEE" },
      orderBy: { id: "desc" },
    });
    await db.match.createMany({
      data: proposals.map((p, k) => ({
        programId: program.id,
        runId: rival.id,
        mentorId: p.mentorId,
        menteeId: mentees[k]!.id,
        status: "PROPOSED" as const,
        score: 0.5,
      })),
    });

    const outcomes = await Promise.allSettled([
      publishRun(coordinator, { runId: run.runId }),
      publishRun(other, { runId: rival.id }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).message).toMatch(/Nothing was published/);
    expect(await overCapacity(program.id)).toEqual([]);
    const live = await db.match.groupBy({ by: ["menteeId"], where: { programId: program.id, status: "ACTIVE" }, _count: true });
    expect(live.every((m) => m._count === 1)).toBe(true);
  });

  it("lets a coordinator choose another mentor, re-scored and locked, but not one that breaks a rule", async () => {
    const { program, coordinator } = await spring();
    const run = await runMatching(coordinator, { programId: program.id });
    const carlos = await db.participation.findFirstOrThrow({
      where: { programId: program.id, user: { email: demoEmail("Carlos Mendoza") } },
    });
    const tomasz = await db.participation.findFirstOrThrow({
      where: { programId: program.id, user: { email: demoEmail("Tomasz Nowak") } },
    });
    const proposal = await db.match.findFirstOrThrow({ where: { runId: run.runId, menteeId: carlos.id } });
    // Tomasz is Carlos's manager: refused, with the rule named.
    await expect(assignManually(coordinator, { matchId: proposal.id, mentorId: tomasz.id })).rejects.toThrow(/reporting line/);
    await discardRun(coordinator, { runId: run.runId });
    expect(await db.match.count({ where: { runId: run.runId } })).toBe(0);
  });

  it("swaps two proposals' mentors when both new pairs pass the rules, and locks them", async () => {
    const { program, coordinator } = await spring();
    const run = await runMatching(coordinator, { programId: program.id });
    const proposals = await db.match.findMany({ where: { runId: run.runId }, orderBy: { id: "asc" } });
    const cohort = await loadCohort(program.id);
    const { explainPair } = await import("@/lib/matching/score-pair");
    const byId = (id: string) => [...cohort.mentees, ...cohort.allMentors].find((c) => c.id === id)!;
    // Find two proposals whose crossed pairs are both allowed.
    let swap: [(typeof proposals)[number], (typeof proposals)[number]] | null = null;
    for (const a of proposals)
      for (const b of proposals) {
        if (swap || a.mentorId === b.mentorId) continue;
        if (
          explainPair(byId(a.menteeId), byId(b.mentorId), cohort.config).eligible &&
          explainPair(byId(b.menteeId), byId(a.mentorId), cohort.config).eligible
        )
          swap = [a, b];
      }
    expect(swap).not.toBeNull();
    const [a, b] = swap!;
    await swapProposals(coordinator, { matchId: a.id, otherMatchId: b.id });
    expect((await db.match.findUniqueOrThrow({ where: { id: a.id } })).mentorId).toBe(b.mentorId);
    expect((await db.match.findUniqueOrThrow({ where: { id: b.id } })).mentorId).toBe(a.mentorId);
    expect(await db.matchConstraint.count({ where: { programId: program.id, kind: "LOCK" } })).toBe(2);
  });

  it("ends a poor fit so the mentee can be matched again, never to the same mentor", async () => {
    const { program, coordinator } = await spring();
    const run = await runMatching(coordinator, { programId: program.id });
    await publishRun(coordinator, { runId: run.runId });
    const pair = await db.match.findFirstOrThrow({ where: { runId: run.runId } });
    await endAndRematch(coordinator, { matchId: pair.id, reason: "Different expectations about cadence" });
    const cohort = await loadCohort(program.id);
    expect(cohort.mentees.map((m) => m.id)).toEqual([pair.menteeId]);
    expect(cohort.forbidden.has(`${pair.menteeId}:${pair.mentorId}`)).toBe(true);
    const rerun = await runMatching(coordinator, { programId: program.id });
    const proposal = await db.match.findFirst({ where: { runId: rerun.runId } });
    if (proposal) expect(proposal.mentorId).not.toBe(pair.mentorId);
  });

  it("asks both people to confirm in hybrid programmes", async () => {
    const { program, coordinator } = await spring();
    await db.program.update({ where: { id: program.id }, data: { matchingMode: "HYBRID" } });
    const run = await runMatching(coordinator, { programId: program.id });
    await publishRun(coordinator, { runId: run.runId });
    const [first, second] = await db.match.findMany({
      where: { runId: run.runId },
      take: 2,
      include: { mentor: { include: { user: true } }, mentee: { include: { user: true } } },
    });
    expect(first!.status).toBe("AWAITING_CONFIRMATION");
    expect(await confirmMatch(asActor(first!.mentee.user), { matchId: first!.id, accept: true })).toEqual({
      status: "AWAITING_CONFIRMATION",
    });
    expect(await confirmMatch(asActor(first!.mentor.user), { matchId: first!.id, accept: true })).toEqual({ status: "ACTIVE" });
    expect(await confirmMatch(asActor(second!.mentor.user), { matchId: second!.id, accept: false })).toEqual({ status: "ENDED" });
    expect((await loadCohort(program.id)).forbidden.has(`${second!.menteeId}:${second!.mentorId}`)).toBe(true);
    await expect(confirmMatch(asActor(first!.mentor.user), { matchId: second!.id, accept: true })).rejects.toThrow(/not yours/);
  });
});

describe("sensitive data in matching", () => {
  it("uses gender, ethnicity and diversity preferences only with consent and where the programme opts in", async () => {
    const { program } = await spring();
    const mentee = await db.participation.findFirstOrThrow({
      where: { programId: program.id, role: "MENTEE" },
      include: { user: true },
    });
    const mentor = await db.participation.findFirstOrThrow({
      where: { programId: program.id, role: "MENTOR" },
      include: { user: true },
    });
    await db.profile.update({
      where: { userId: mentee.userId },
      data: { gender: "WOMAN", diversityPreferences: ["gender"], sensitiveMatchingConsent: true },
    });
    await db.profile.update({ where: { userId: mentor.userId }, data: { gender: "WOMAN", sensitiveMatchingConsent: false } });

    const find = (cohort: Awaited<ReturnType<typeof loadCohort>>, id: string) =>
      [...cohort.mentees, ...cohort.allMentors].find((c) => c.id === id)!;
    // Programme has not opted in (weight 0): nothing sensitive is even loaded.
    let cohort = await loadCohort(program.id);
    expect(find(cohort, mentee.id)).toMatchObject({ gender: null, diversityPreferences: [] });

    await db.program.update({
      where: { id: program.id },
      data: { matchingConfig: { ...cohort.config, weights: { ...cohort.config.weights, diversity: 3 } } },
    });
    cohort = await loadCohort(program.id);
    expect(find(cohort, mentee.id)).toMatchObject({ gender: "WOMAN", diversityPreferences: ["gender"] });
    // The mentor did not consent, so their gender stays out and the criterion drops for the pair.
    expect(find(cohort, mentor.id).gender).toBeNull();
    const { explainPair } = await import("@/lib/matching/score-pair");
    // Rules relaxed so the pair is scored whoever the seed happened to pick.
    const relaxed = (config: typeof cohort.config) => ({
      ...config,
      rules: {
        ...config.rules,
        seniority: "off" as const,
        excludeReportingLine: false,
        requireSharedLanguage: false,
        maxTimeZoneGapHours: null,
      },
    });
    const unconsented = explainPair(find(cohort, mentee.id), find(cohort, mentor.id), relaxed(cohort.config));
    expect(unconsented.eligible && unconsented.dropped.map((d) => d.criterion)).toContain("diversity");

    await db.profile.update({ where: { userId: mentor.userId }, data: { sensitiveMatchingConsent: true } });
    cohort = await loadCohort(program.id);
    const consented = explainPair(find(cohort, mentee.id), find(cohort, mentor.id), relaxed(cohort.config));
    const part = consented.eligible ? consented.parts.find((p) => p.criterion === "diversity") : undefined;
    expect(part).toMatchObject({ score: 1, evidence: "meets 1 of 1 of the mentee's diversity preferences" });
  });
});

describe("self-match", () => {
  // The demo seed has requests of its own in the circle (a mentor paused for not answering).
  const lenasRequests = (programId: string, lena: Actor) => ({ programId, mentee: { userId: lena.id } });

  async function circle() {
    await seedDemoOrganisation(db);
    const program = await db.program.findUniqueOrThrow({ where: { slug: selfMatchProgram.slug } });
    return { program, lena: await actorFor("Lena Fischer") };
  }

  it("ranks mentors with reasons, asks the first choice, and passes a decline to the next", async () => {
    const { program, lena } = await circle();
    const { suggestions } = await mentorSuggestions(lena, program.id);
    expect(suggestions.length).toBeGreaterThan(1);
    expect(suggestions[0]!.score).toBeGreaterThanOrEqual(suggestions.at(-1)!.score);
    const [firstChoice, secondChoice] = suggestions;
    await requestMentors(lena, {
      programId: program.id,
      mentorIds: [firstChoice!.mentorId, secondChoice!.mentorId],
      message: "Keen to learn roadmapping",
    });
    const requests = await db.matchRequest.findMany({ where: lenasRequests(program.id, lena), orderBy: { rank: "asc" } });
    expect(requests.map((r) => r.status)).toEqual(["PENDING", "QUEUED"]);

    const asFirst = await actorOfParticipation(firstChoice!.mentorId);
    await respondToRequest(asFirst, { requestId: requests[0]!.id, accept: false });
    expect(
      (await db.matchRequest.findMany({ where: lenasRequests(program.id, lena), orderBy: { rank: "asc" } })).map((r) => r.status),
    ).toEqual(["DECLINED", "PENDING"]);

    const asSecond = await actorOfParticipation(secondChoice!.mentorId);
    await expect(respondToRequest(asFirst, { requestId: requests[1]!.id, accept: true })).rejects.toThrow(/not addressed to you/);
    expect(await respondToRequest(asSecond, { requestId: requests[1]!.id, accept: true })).toEqual({ accepted: true });
    const match = await db.match.findFirstOrThrow({ where: { programId: program.id } });
    expect(match).toMatchObject({ status: "ACTIVE", source: "SELF_MATCH", mentorId: secondChoice!.mentorId });
    await expect(
      requestMentors(lena, { programId: program.id, mentorIds: [firstChoice!.mentorId], message: "" }),
    ).rejects.toThrow(/already have a mentor/);
  });

  it("passes an unanswered request on when its time runs out", async () => {
    const { program, lena } = await circle();
    const { suggestions } = await mentorSuggestions(lena, program.id);
    const now = new Date("2026-11-22T09:00:00Z");
    await requestMentors(
      lena,
      { programId: program.id, mentorIds: suggestions.slice(0, 2).map((s) => s.mentorId), message: "" },
      now,
    );
    expect(await expireOverdueRequests(new Date("2026-11-26T09:00:00Z"))).toBe(0);
    expect(await expireOverdueRequests(new Date("2026-11-28T09:00:00Z"))).toBe(1);
    expect(
      (await db.matchRequest.findMany({ where: lenasRequests(program.id, lena), orderBy: { rank: "asc" } })).map((r) => r.status),
    ).toEqual(["EXPIRED", "PENDING"]);
  });

  it("refuses more requests than the programme allows, and mentors who are full", async () => {
    const { program, lena } = await circle();
    await db.program.update({ where: { id: program.id }, data: { selfMatchRequestLimit: 1 } });
    const { suggestions } = await mentorSuggestions(lena, program.id);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    await expect(
      requestMentors(lena, { programId: program.id, mentorIds: suggestions.slice(0, 2).map((s) => s.mentorId), message: "" }),
    ).rejects.toThrow(/at most 1/);
    const full = suggestions[0]!.mentorId;
    await db.participation.update({ where: { id: full }, data: { capacity: 0 } });
    await expect(requestMentors(lena, { programId: program.id, mentorIds: [full], message: "" })).rejects.toThrow(
      /no place left/,
    );
    expect(await db.matchRequest.count({ where: lenasRequests(program.id, lena) })).toBe(0);
  });
});
