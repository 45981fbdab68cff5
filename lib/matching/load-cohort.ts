import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { findProgram } from "@/lib/programs/find-program";
import type { Candidate } from "@/lib/matching/candidate";
import type { MatchingConfig } from "@/lib/matching/config";
import { parseStoredConfig } from "@/lib/matching/config";
import { mentorPlaces } from "@/lib/groups/group-size";
import { flashLimitReason, flashRoundStanding } from "@/lib/flash/flash-rules";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { programTypeTemplates } from "@/lib/programs/type-templates";
import { utcOffsetMinutes } from "@/lib/time-zone";

type Client = Prisma.TransactionClient | typeof db;

export interface LoadedCohort {
  program: {
    id: string;
    name: string;
    type: string;
    maxGroupSize: number | null;
    matchingMode: "ADMIN" | "SELF_MATCH" | "HYBRID";
    selfMatchRequestLimit: number;
    selfMatchResponseDays: number;
  };
  config: MatchingConfig;
  /** Approved mentees with no live match. */
  mentees: Candidate[];
  /** Approved mentors with a place left; `capacity` is the places left. */
  mentors: Candidate[];
  /** Every approved mentor, with remaining places, for showing why one is full. */
  allMentors: Candidate[];
  locked: [string, string][];
  forbidden: Set<string>;
  /** Flash mentees at the programme's limit of conversations this quarter: out of the pool, with why. */
  heldBack: { menteeId: string; name: string; reason: string }[];
}

/** Reads a programme's matching pool: who still needs a mentor and who still has room. */
export async function loadCohort(programId: string, now = new Date(), client: Client = db): Promise<LoadedCohort> {
  const program = await findProgram(
    { id: programId },
    {
      id: true,
      name: true,
      type: true,
      maxGroupSize: true,
      matchingMode: true,
      matchingConfig: true,
      selfMatchRequestLimit: true,
      selfMatchResponseDays: true,
      flashRoundsPerQuarter: true,
    },
    client,
  );
  const config = parseStoredConfig(program.matchingConfig, programTypeTemplates[program.type].matching);

  const participations = await client.participation.findMany({
    where: { programId, status: "APPROVED" },
    orderBy: { id: "asc" },
    select: {
      id: true,
      role: true,
      capacity: true,
      readinessCompletedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          level: true,
          timeZone: true,
          departmentId: true,
          department: { select: { name: true } },
          profile: true,
        },
      },
      mentorMatches: { where: { status: { in: [...placeHoldingStatuses] } }, select: { id: true } },
      menteeMatches: { where: { status: { in: [...placeHoldingStatuses] } }, select: { id: true } },
      requestsMade: { orderBy: { rank: "asc" }, select: { mentorId: true } },
      answers: {
        where: { question: { useForMatching: true } },
        select: { questionId: true, values: true, question: { select: { prompt: true } } },
      },
    },
  });
  const managers = new Map(
    (await client.user.findMany({ select: { id: true, managerId: true } })).map((u) => [u.id, u.managerId]),
  );
  const chainOf = (userId: string) => {
    const chain: string[] = [];
    let manager = managers.get(userId) ?? null;
    while (manager && !chain.includes(manager)) {
      chain.push(manager);
      manager = managers.get(manager) ?? null;
    }
    return chain;
  };
  const useDiversity = config.weights.diversity > 0;
  const useGeneration = (config.generationPreference !== "ignore" && config.weights.generation > 0) || useDiversity;

  const toCandidate = (p: (typeof participations)[number], capacity: number): Candidate => {
    const profile = p.user.profile;
    return {
      id: p.id,
      userId: p.user.id,
      name: p.user.name,
      level: p.user.level,
      departmentId: p.user.departmentId,
      departmentName: p.user.department?.name ?? null,
      managerChain: chainOf(p.user.id),
      languages: profile?.languages ?? [],
      utcOffsetMinutes: utcOffsetMinutes(p.user.timeZone, now),
      skillsOffered: profile?.skillsOffered ?? [],
      skillsWanted: profile?.skillsWanted ?? [],
      goals: profile?.goalReasons ?? [],
      interests: profile?.interests ?? [],
      availability: profile?.availability ?? [],
      generation: useGeneration && profile?.sensitiveMatchingConsent ? (profile.generation ?? null) : null,
      // Sensitive answers count only with the person's consent and where the programme opts in.
      gender: useDiversity && profile?.sensitiveMatchingConsent ? (profile.gender ?? null) : null,
      ethnicity: useDiversity && profile?.sensitiveMatchingConsent ? profile.ethnicity?.trim().toLowerCase() || null : null,
      diversityPreferences: useDiversity && profile?.sensitiveMatchingConsent ? profile.diversityPreferences : [],
      learningStyle: profile?.learningStyle ?? null,
      readinessComplete: p.readinessCompletedAt !== null,
      preferences: p.requestsMade.map((r) => r.mentorId),
      capacity,
      choiceAnswers: Object.fromEntries(p.answers.map((a) => [a.questionId, { prompt: a.question.prompt, values: a.values }])),
    };
  };

  const places = (p: (typeof participations)[number]) => mentorPlaces(program, p.capacity);
  const allMentors = participations
    .filter((p) => p.role === "MENTOR")
    .map((p) => toCandidate(p, Math.max(0, places(p) - p.mentorMatches.length)));
  const constraints = await client.matchConstraint.findMany({
    where: { programId },
    select: { menteeId: true, mentorId: true, kind: true },
  });
  // Flash conversations are one-off: a mentee meets someone new each time.
  const earlierFlashPairs =
    program.type === "FLASH"
      ? await client.match.findMany({
          where: { programId, status: { in: ["COMPLETED", "ENDED"] } },
          select: { menteeId: true, mentorId: true, startedAt: true },
        })
      : [];
  // A flash mentee re-enters the pool after each conversation, up to the limit per quarter.
  const standing = (menteeId: string) =>
    flashRoundStanding(
      earlierFlashPairs.filter((m) => m.menteeId === menteeId).map((m) => m.startedAt),
      program.flashRoundsPerQuarter,
      now,
    );
  // Peers sit on either side of a pair, so a peer with a live pair on either side is taken.
  const freeMentees = participations.filter(
    (p) => p.role === "MENTEE" && p.menteeMatches.length === 0 && (program.type !== "PEER" || p.mentorMatches.length === 0),
  );
  const heldBack = freeMentees.flatMap((p) => {
    const s = program.type === "FLASH" ? standing(p.id) : null;
    return s?.atLimit ? [{ menteeId: p.id, name: p.user.name, reason: flashLimitReason(s) }] : [];
  });
  const poolMentees = freeMentees.filter((p) => !heldBack.some((h) => h.menteeId === p.id)).map((p) => toCandidate(p, 1));
  const menteeIds = new Set(poolMentees.map((m) => m.id));
  const mentors = allMentors.filter((m) => m.capacity > 0);
  const mentorIds = new Set(mentors.map((m) => m.id));
  return {
    program,
    config,
    mentees: poolMentees,
    mentors,
    allMentors,
    locked: constraints
      .filter(
        (c) =>
          c.kind === "LOCK" &&
          menteeIds.has(c.menteeId) &&
          (program.type === "PEER" ? menteeIds.has(c.mentorId) : mentorIds.has(c.mentorId)),
      )
      .map((c) => [c.menteeId, c.mentorId]),
    forbidden: new Set([
      ...constraints.filter((c) => c.kind === "FORBID").map((c) => `${c.menteeId}:${c.mentorId}`),
      ...earlierFlashPairs.map((m) => `${m.menteeId}:${m.mentorId}`),
    ]),
    heldBack,
  };
}
