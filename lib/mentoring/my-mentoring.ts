import "server-only";
import { placeHoldingStatuses } from "@/lib/matching/statuses";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { flashPairNote } from "@/lib/flash/flash-pair-note";
import { pairState } from "@/lib/kpi/health";
import { pairSince } from "@/lib/mentoring/pair-since";
import { readExplanation } from "@/lib/matching/explanation";
import { explanationForParticipant } from "@/lib/matching/participant-explanation";
import { myOpenFeedbackRounds } from "@/lib/surveys/my-open-feedback-rounds";
import { myPendingPulses } from "@/lib/surveys/my-pending-pulses";
import { myPendingSurveys } from "@/lib/surveys/my-pending-surveys";
import { myYouSaidWeDid } from "@/lib/surveys/my-you-said-we-did";

/** The signed-in person's programmes and pairs, from either side of the relationship. */
export async function myMentoring(actor: Actor, now = new Date()) {
  requirePermission(actor, "own-mentoring:read");
  const participations = await db.participation.findMany({
    where: { userId: actor.id },
    orderBy: { appliedAt: "desc" },
    select: {
      id: true,
      role: true,
      status: true,
      capacity: true,
      readinessCompletedAt: true,
      program: { select: { id: true, name: true, type: true, status: true, startDate: true, endDate: true, matchingMode: true } },
      menteeMatches: { where: { status: { in: [...placeHoldingStatuses] } }, select: { id: true } },
      requestsMade: { where: { status: { in: ["QUEUED", "PENDING"] } }, select: { id: true } },
    },
  });
  const partnerSelect = {
    select: {
      user: {
        select: {
          name: true,
          email: true,
          title: true,
          location: true,
          timeZone: true,
          department: { select: { name: true } },
          profile: {
            select: {
              headline: true,
              bio: true,
              yearsExperience: true,
              skillsOffered: true,
              interests: true,
              languages: true,
              sharedWithMentees: true,
              meetingFormat: true,
            },
          },
        },
      },
    },
  } as const;
  const matches = await db.match.findMany({
    where: {
      status: { in: ["ACTIVE", "COMPLETED", "AWAITING_CONFIRMATION"] },
      OR: [{ mentor: { userId: actor.id } }, { mentee: { userId: actor.id } }],
    },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      menteeId: true,
      explanation: true,
      flaggedAt: true,
      mentorConfirmedAt: true,
      menteeConfirmedAt: true,
      program: { select: { name: true, startDate: true } },
      mentor: { select: { userId: true, ...partnerSelect.select } },
      mentee: partnerSelect,
      sessions: {
        where: { status: "LOGGED" },
        orderBy: { occurredAt: "desc" },
        select: { id: true, occurredAt: true, durationMinutes: true, topic: true, progress: true },
      },
    },
  });
  const notifications = await db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: { id: true, subject: true, body: true, createdAt: true, readAt: true },
  });
  return {
    notifications,
    /** Pulses waiting for my answer, so they can be found here as well as in the inbox. */
    pendingPulses: await myPendingPulses(actor, now),
    /** Core-group feedback rounds I can still answer. */
    openFeedbackRounds: await myOpenFeedbackRounds(actor, now),
    /** The programme office's surveys I can still answer. */
    pendingSurveys: await myPendingSurveys(actor, now),
    /** What the programme office changed after rounds I belong to. */
    youSaidWeDid: await myYouSaidWeDid(actor),
    /** Self-match programmes where I still need a mentor and have no open requests. */
    canChooseMentor: participations
      .filter(
        (p) =>
          p.role === "MENTEE" &&
          p.status === "APPROVED" &&
          p.program.matchingMode === "SELF_MATCH" &&
          p.menteeMatches.length === 0,
      )
      .map((p) => ({ programId: p.program.id, programName: p.program.name, openRequests: p.requestsMade.length })),
    participations,
    matches: await Promise.all(
      matches.map(async (match) => {
        const iAmMentor = match.mentor.userId === actor.id;
        const partner = iAmMentor ? match.mentee.user : match.mentor.user;
        // A mentor decides which parts of their bio their mentees see.
        const shared = new Set(
          iAmMentor
            ? ["headline", "bio", "yearsExperience", "skillsOffered", "interests", "languages"]
            : (partner.profile?.sharedWithMentees ?? []),
        );
        const about = {
          bio: shared.has("bio") ? (partner.profile?.bio ?? "") : "",
          yearsExperience: shared.has("yearsExperience") ? (partner.profile?.yearsExperience ?? null) : null,
          skills: shared.has("skillsOffered") ? (partner.profile?.skillsOffered ?? []) : [],
          interests: shared.has("interests") ? (partner.profile?.interests ?? []) : [],
          languages: shared.has("languages") ? (partner.profile?.languages ?? []) : [],
          meetingFormat: partner.profile?.meetingFormat ?? "EITHER",
        };
        return {
          id: match.id,
          programName: match.program.name,
          myRole: iAmMentor ? ("MENTOR" as const) : ("MENTEE" as const),
          partner: {
            ...partner,
            department: partner.department?.name ?? null,
            headline: shared.has("headline") ? (partner.profile?.headline ?? "") : "",
            about,
          },
          startedAt: match.startedAt,
          since: pairSince(match.startedAt, match.program.startDate, now),
          status: match.status,
          // The pair's own reasons only: the alternative and who took its places stay with the office.
          explanation: explanationForParticipant(readExplanation(match.explanation), iAmMentor ? "MENTOR" : "MENTEE"),
          flagged: match.flaggedAt !== null,
          iConfirmed: (iAmMentor ? match.mentorConfirmedAt : match.menteeConfirmedAt) !== null,
          state: pairState({ ...match, sessionDates: match.sessions.map((s) => s.occurredAt) }, now),
          sessions: match.sessions,
          sessionCount: match.sessions.length,
          lastSessionAt: match.sessions[0]?.occurredAt ?? null,
          /** The four latest logged sessions, newest first. */
          recentSessions: match.sessions.slice(0, 4),
          /** Flash pairs: when the conversation completes, or when the next round is. */
          flash: await flashPairNote(match.id, iAmMentor ? "MENTOR" : "MENTEE", now),
        };
      }),
    ),
  };
}
