import type { ParticipantRole } from "@/lib/db/generated/enums";

/** How long a person has to take up a freed place before it moves to the next person. */
export const offerDays = 3;

export interface PlaceCounts {
  targetMentees: number | null;
  targetMentors: number | null;
  /** Approved mentees still in the programme: not those whose pair completed. */
  menteesHoldingPlaces: number;
  approvedMentors: number;
  /** Mentee places the approved mentors offer (their capacities, or the group size in circles). */
  mentorPlaces: number;
  pendingOffers: Record<ParticipantRole, number>;
}

/**
 * Places free for people on the waiting list, per role. A mentee place needs room under the
 * programme's target (where set) and an approved mentor with room (where mentors are approved);
 * a mentor place needs room under the mentor target. Offers still open hold their place.
 */
export function freePlaces(counts: PlaceCounts): Record<ParticipantRole, number> {
  const limits = [
    counts.targetMentees === null ? null : counts.targetMentees - counts.menteesHoldingPlaces,
    counts.approvedMentors === 0 ? null : counts.mentorPlaces - counts.menteesHoldingPlaces,
  ].filter((limit): limit is number => limit !== null);
  const mentee = limits.length === 0 ? 0 : Math.min(...limits);
  const mentor = counts.targetMentors === null ? 0 : counts.targetMentors - counts.approvedMentors;
  return {
    MENTEE: Math.max(0, mentee - counts.pendingOffers.MENTEE),
    MENTOR: Math.max(0, mentor - counts.pendingOffers.MENTOR),
  };
}

export interface WaitingPerson {
  id: string;
  decidedAt: Date | null;
  appliedAt: Date;
  /** Offers this person let lapse: each sends them behind those who have not had one. */
  lapsedOffers: number;
  /** The place the coordinator gave them (1 = first), or null. */
  waitlistPosition: number | null;
}

/**
 * The waiting list's order: the coordinator's order first, where they set one; then everyone else
 * by decision time, people who let an offer lapse after the rest.
 */
export function waitlistOrder<T extends WaitingPerson>(people: T[]): T[] {
  const time = (d: Date | null) => (d ? d.getTime() : Number.MAX_SAFE_INTEGER);
  const place = (p: number | null) => p ?? Number.MAX_SAFE_INTEGER;
  return [...people].sort(
    (a, b) =>
      place(a.waitlistPosition) - place(b.waitlistPosition) ||
      a.lapsedOffers - b.lapsedOffers ||
      time(a.decidedAt) - time(b.decidedAt) ||
      a.appliedAt.getTime() - b.appliedAt.getTime() ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The list after moving one person to a 1-based place (clamped to the list); the rest keep their order. */
export function moveTo<T extends { id: string }>(list: readonly T[], id: string, position: number): T[] {
  const person = list.find((p) => p.id === id);
  if (!person) return [...list];
  const rest = list.filter((p) => p.id !== id);
  const index = Math.min(Math.max(position - 1, 0), rest.length);
  return [...rest.slice(0, index), person, ...rest.slice(index)];
}
