import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { dayMs } from "@/lib/dates";
import { loadCheckInPolicies } from "@/lib/checkins/policy";
import { mentorReasons, pairReasons, type QueueReason } from "@/lib/checkins/queue-rules";
import { missedDeadline } from "@/lib/matching/load-responsiveness";
import { mentorResponsiveness, unansweredDeadlines } from "@/lib/matching/responsiveness";
import { agreementSigned, pairAgreementSelect } from "@/lib/pairs/agreement-signed";
import { startedPairs } from "@/lib/pairs/started-pairs";
import { loggedOnly } from "@/lib/sessions/session-fields";

export interface QueueItem {
  /** The pair (match id) or the mentor (participation id) the item is about. */
  subject: { kind: "pair"; matchId: string } | { kind: "mentor"; participationId: string };
  programId: string;
  programName: string;
  people: { role: "Mentor" | "Mentee"; name: string }[];
  reasons: QueueReason[];
  since: Date;
}

export interface CheckInSchedule {
  programId: string;
  programName: string;
  everyDays: number;
  livePairs: number;
  /** Live pairs with a check-in held in the last `everyDays` days. */
  done: number;
}

const latest = (dates: (Date | null | undefined)[]) =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/**
 * Everyone who needs the programme office now, with the reasons in words and since when, oldest
 * first; snoozed items stay off until their date. Per programme, how much of the regular check-in
 * schedule is done. Optionally for one programme (its hub tab).
 */
export async function listCheckInQueue(actor: Actor, options: { programId?: string } = {}, now = new Date()) {
  requirePermission(actor, "checkins:read");
  return loadCheckInQueue(options, now);
}

/** The queue without a viewer, for background jobs (the weekly digest); pages use listCheckInQueue. */
export async function loadCheckInQueue(options: { programId?: string }, now: Date) {
  const programWhere = options.programId
    ? { id: options.programId }
    : { status: { in: ["ACTIVE" as const, "MATCHING" as const] } };
  const programs = await db.program.findMany({
    where: programWhere,
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
  const programIds = programs.map((p) => p.id);
  const names = new Map(programs.map((p) => [p.id, p.name]));
  const policies = await loadCheckInPolicies(programIds);

  const [pairs, mentors] = await Promise.all([
    db.match.findMany({
      where: { programId: { in: programIds }, ...startedPairs(now) },
      select: {
        id: true,
        programId: true,
        startedAt: true,
        flaggedAt: true,
        flagReason: true,
        mentor: { select: { userId: true, user: { select: { name: true } } } },
        mentee: { select: { userId: true, user: { select: { name: true } } } },
        sessions: {
          where: { ...loggedOnly, occurredAt: { lte: now } },
          orderBy: { occurredAt: "desc" },
          take: 1,
          select: { occurredAt: true },
        },
        ...pairAgreementSelect,
        helpRequests: { where: { resolvedAt: null }, select: { createdAt: true } },
        queueSignals: { select: { kind: true, detail: true, createdAt: true } },
        checkIns: { orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true, followUpOn: true } },
        checkInDecisions: { orderBy: { createdAt: "desc" }, select: { kind: true, createdAt: true, snoozedUntil: true } },
      },
    }),
    db.participation.findMany({
      where: { programId: { in: programIds }, role: "MENTOR", requestsReceived: { some: missedDeadline(now) } },
      select: {
        id: true,
        programId: true,
        selfMatchUnpausedAt: true,
        program: { select: { matchingMode: true } },
        user: { select: { name: true } },
        requestsReceived: { select: { status: true, askedAt: true, respondBy: true, respondedAt: true } },
        checkIns: { orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true } },
        checkInDecisions: { orderBy: { createdAt: "desc" }, select: { kind: true, createdAt: true, snoozedUntil: true } },
      },
    }),
  ]);

  const snoozed = (decisions: { kind: string; snoozedUntil: Date | null }[]) =>
    decisions.some((d) => d.kind === "SNOOZE" && d.snoozedUntil && d.snoozedUntil > now);
  const resolvedAt = (decisions: { kind: string; createdAt: Date }[]) =>
    decisions.find((d) => d.kind === "RESOLVE")?.createdAt ?? null;

  const items: QueueItem[] = [];
  for (const pair of pairs) {
    if (snoozed(pair.checkInDecisions)) continue;
    const lastCheckIn = pair.checkIns[0];
    const handledAt = latest([lastCheckIn?.heldOn, resolvedAt(pair.checkInDecisions)]);
    const reasons = pairReasons(
      {
        startedAt: pair.startedAt!,
        lastSessionAt: pair.sessions[0]?.occurredAt ?? null,
        agreement: (() => {
          const signed = agreementSigned(pair);
          return signed ? { createdAt: signed.createdAt, signedByBoth: signed.mentorSigned && signed.menteeSigned } : null;
        })(),
        signals: pair.queueSignals,
        flaggedAt: pair.flaggedAt,
        flagReason: pair.flagReason,
        openHelpRequests: pair.helpRequests.map((h) => h.createdAt),
        handledAt,
        followUpOn: lastCheckIn?.followUpOn ?? null,
      },
      policies.get(pair.programId)!,
      now,
    );
    if (reasons.length === 0) continue;
    items.push({
      subject: { kind: "pair", matchId: pair.id },
      programId: pair.programId,
      programName: names.get(pair.programId)!,
      people: [
        { role: "Mentor", name: pair.mentor.user.name },
        { role: "Mentee", name: pair.mentee.user.name },
      ],
      reasons,
      since: reasons[0]!.since,
    });
  }
  for (const mentor of mentors) {
    if (snoozed(mentor.checkInDecisions)) continue;
    const handledAt = latest([mentor.checkIns[0]?.heldOn, resolvedAt(mentor.checkInDecisions)]);
    // The same count as the pause from self-match: from the mentor's latest answer or un-pause.
    const facts = { requests: mentor.requestsReceived, proposals: [], unpausedAt: mentor.selfMatchUnpausedAt };
    const { pausedSince } = mentorResponsiveness(facts, policies.get(mentor.programId)!.unansweredRequestLimit, now);
    const reasons = mentorReasons(
      unansweredDeadlines(facts, now),
      handledAt,
      mentor.program.matchingMode === "SELF_MATCH" ? pausedSince : null,
    );
    if (reasons.length === 0) continue;
    items.push({
      subject: { kind: "mentor", participationId: mentor.id },
      programId: mentor.programId,
      programName: names.get(mentor.programId)!,
      people: [{ role: "Mentor", name: mentor.user.name }],
      reasons,
      since: reasons[0]!.since,
    });
  }
  items.sort((a, b) => a.since.getTime() - b.since.getTime());

  const schedules: CheckInSchedule[] = programs.map((program) => {
    const everyDays = policies.get(program.id)!.checkInEveryDays;
    const live = pairs.filter((p) => p.programId === program.id);
    const windowStart = new Date(now.getTime() - everyDays * dayMs);
    return {
      programId: program.id,
      programName: program.name,
      everyDays,
      livePairs: live.length,
      done: live.filter((p) => p.checkIns[0] && p.checkIns[0].heldOn >= windowStart).length,
    };
  });
  return { items, schedules };
}
