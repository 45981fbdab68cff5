import type { MatchStatus, ProgramType } from "@/lib/db/generated/enums";

/** A mentee stops waiting once a pair is published for them; a draft proposal or an ended pair does not count. */
const placedStatuses: readonly MatchStatus[] = ["AWAITING_CONFIRMATION", "ACTIVE", "COMPLETED"];

/**
 * The approved mentees still waiting for a mentor: the one definition behind every "N waiting"
 * figure (the matching list, the workspace and the programme overview), so they always agree. In a
 * flash programme a completed conversation puts the mentee back in the pool, so waiting again.
 */
export function menteesWaiting<T extends { id: string }>(
  approvedMentees: readonly T[],
  matches: readonly { menteeId: string; status: MatchStatus }[],
  programType: ProgramType,
): T[] {
  const placing = programType === "FLASH" ? placedStatuses.filter((s) => s !== "COMPLETED") : placedStatuses;
  const placed = new Set(matches.filter((m) => placing.includes(m.status)).map((m) => m.menteeId));
  return approvedMentees.filter((mentee) => !placed.has(mentee.id));
}
