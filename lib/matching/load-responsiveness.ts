import "server-only";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { mentorResponsiveness, type Responsiveness } from "@/lib/matching/responsiveness";

export interface MentorResponsiveness extends Responsiveness {
  participationId: string;
  programId: string;
  programName: string;
  userId: string;
  name: string;
  /** The programme's unanswered-request limit (its check-in policy). */
  limit: number;
  unpausedAt: Date | null;
}

/**
 * Each chosen mentor's response times, unanswered requests and pause, computed from the requests
 * and sessions themselves, so a pause holds from the moment a deadline passes, whether or not a
 * page or job has looked. Only self-match programmes pause anyone: elsewhere mentees ask nobody.
 */
export async function loadMentorResponsiveness(
  where: Prisma.ParticipationWhereInput,
  now: Date,
  client: Prisma.TransactionClient = db,
): Promise<MentorResponsiveness[]> {
  const mentors = await client.participation.findMany({
    where: { ...where, role: "MENTOR" },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      programId: true,
      userId: true,
      selfMatchUnpausedAt: true,
      program: { select: { name: true, matchingMode: true } },
      user: { select: { name: true } },
      requestsReceived: { select: { status: true, askedAt: true, respondBy: true, respondedAt: true } },
      mentorMatches: {
        select: {
          sessions: {
            where: { proposedAt: { not: null }, acceptedAt: { not: null } },
            select: { proposedById: true, proposedAt: true, acceptedAt: true },
          },
        },
      },
    },
  });
  const policies = await loadCheckInPolicies([...new Set(mentors.map((m) => m.programId))], client);
  return mentors.map((mentor) => {
    const limit = policies.get(mentor.programId)!.unansweredRequestLimit;
    const figures = mentorResponsiveness(
      {
        requests: mentor.requestsReceived,
        proposals: mentor.mentorMatches
          .flatMap((match) => match.sessions)
          .map((s) => ({
            proposedByMentor: s.proposedById === mentor.userId,
            proposedAt: s.proposedAt!,
            acceptedAt: s.acceptedAt!,
          })),
        unpausedAt: mentor.selfMatchUnpausedAt,
      },
      limit,
      now,
    );
    return {
      ...figures,
      pausedSince: mentor.program.matchingMode === "SELF_MATCH" ? figures.pausedSince : null,
      participationId: mentor.id,
      programId: mentor.programId,
      programName: mentor.program.name,
      userId: mentor.userId,
      name: mentor.user.name,
      limit,
      unpausedAt: mentor.selfMatchUnpausedAt,
    };
  });
}

/** Mentors of one programme whom mentees may not see or ask right now. */
export async function pausedMentorIds(programId: string, now: Date): Promise<Set<string>> {
  const mentors = await loadMentorResponsiveness({ programId, requestsReceived: { some: missedDeadline(now) } }, now);
  return new Set(mentors.filter((m) => m.pausedSince).map((m) => m.participationId));
}

/** A cheap first cut for "may be paused": a request whose deadline passed without an answer. */
export function missedDeadline(now: Date): Prisma.MatchRequestWhereInput {
  return { respondBy: { lt: now }, status: { notIn: ["ACCEPTED", "DECLINED", "QUEUED"] } };
}
