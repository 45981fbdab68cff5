/**
 * How quickly a mentor answers: mentoring requests (self-match) and proposed session times. A
 * mentor who leaves `limit` requests unanswered past their deadline is paused from self-match:
 * mentees no longer see or ask them. The count starts again from the mentor's latest answer or a
 * coordinator's un-pause, so answering a request, or being un-paused, ends the pause.
 */
import { hourMs } from "@/lib/dates";

export interface RequestFacts {
  status: "QUEUED" | "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED" | "WITHDRAWN";
  /** When the request reached the mentor; null while it waits its turn, or for requests made before this was kept. */
  askedAt: Date | null;
  respondBy: Date | null;
  /** The answer, expiry or withdrawal. */
  respondedAt: Date | null;
}

export interface ProposalFacts {
  /** Who proposed the time: the mentor's own proposals say nothing about how quickly they confirm. */
  proposedByMentor: boolean;
  proposedAt: Date;
  acceptedAt: Date;
}

export interface MentorFacts {
  requests: RequestFacts[];
  /** Proposed session times that were accepted. */
  proposals: ProposalFacts[];
  /** A coordinator's latest un-pause. */
  unpausedAt: Date | null;
}

export interface Responsiveness {
  /** Median hours from a request reaching the mentor to their accept or decline; null with none answered. */
  medianHoursToAnswer: number | null;
  answered: number;
  /** Median hours from the mentee proposing a session time to the mentor accepting it. */
  medianHoursToConfirm: number | null;
  confirmed: number;
  /** Requests whose deadline passed unanswered since `countingFrom`. */
  unanswered: number;
  /** The mentor's latest answer or the coordinator's latest un-pause, whichever is later; null: from the start. */
  countingFrom: Date | null;
  /** When the unanswered count reached the limit; null: not paused. */
  pausedSince: Date | null;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const isAnswer = (request: RequestFacts) => request.status === "ACCEPTED" || request.status === "DECLINED";

/**
 * The deadline passed before the mentor answered: still pending after it, expired, or withdrawn by
 * the mentee only after it had passed.
 */
export function passedUnanswered(request: RequestFacts, now: Date): boolean {
  if (!request.respondBy || request.respondBy >= now || isAnswer(request)) return false;
  if (request.status === "QUEUED") return false;
  return !request.respondedAt || request.respondedAt >= request.respondBy;
}

const latest = (dates: (Date | null)[]) => dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);

/** Deadlines missed since the mentor's latest answer or un-pause, oldest first: what the pause and the check-in queue count. */
export function unansweredDeadlines(facts: Pick<MentorFacts, "requests" | "unpausedAt">, now: Date): Date[] {
  const countingFrom = countingStart(facts);
  return facts.requests
    .filter((r) => passedUnanswered(r, now) && (!countingFrom || r.respondBy! > countingFrom))
    .map((r) => r.respondBy!)
    .sort((a, b) => a.getTime() - b.getTime());
}

function countingStart(facts: Pick<MentorFacts, "requests" | "unpausedAt">): Date | null {
  return latest([...facts.requests.filter(isAnswer).map((r) => r.respondedAt), facts.unpausedAt]);
}

export function mentorResponsiveness(facts: MentorFacts, limit: number, now: Date): Responsiveness {
  const answers = facts.requests
    .filter((r) => isAnswer(r) && r.askedAt && r.respondedAt)
    .map((r) => (r.respondedAt!.getTime() - r.askedAt!.getTime()) / hourMs);
  const confirmations = facts.proposals
    .filter((p) => !p.proposedByMentor && p.acceptedAt >= p.proposedAt)
    .map((p) => (p.acceptedAt.getTime() - p.proposedAt.getTime()) / hourMs);
  const missed = unansweredDeadlines(facts, now);
  return {
    medianHoursToAnswer: median(answers),
    answered: answers.length,
    medianHoursToConfirm: median(confirmations),
    confirmed: confirmations.length,
    unanswered: missed.length,
    countingFrom: countingStart(facts),
    pausedSince: limit > 0 && missed.length >= limit ? missed[limit - 1]! : null,
  };
}
