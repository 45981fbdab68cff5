/**
 * How many mentees a mentor takes on: in a group programme the group size (one circle per mentor),
 * elsewhere the mentor's own capacity. Matching, publishing and the waiting list all read it here.
 */
export function mentorPlaces(program: { type: string; maxGroupSize: number | null }, capacity: number): number {
  return program.type === "GROUP" && program.maxGroupSize ? program.maxGroupSize : capacity;
}

export interface OpenGroup {
  id: string;
  mentorId: string;
  /** Mentees in it now. */
  size: number;
}

export interface GroupPlan {
  /** Pair id → the open group it joins. */
  joins: Map<string, string>;
  /** New groups to open, each for one mentor with its pairs. */
  opens: { mentorId: string; pairIds: string[] }[];
}

/**
 * Puts newly live pairs into circles: each mentor's pairs join the mentor's open group while it has
 * room, and any left over open a new group of at most `groupSize`. Pure and deterministic: pairs
 * are taken in the order given, open groups oldest first.
 */
export function planGroups(
  pairs: readonly { id: string; mentorId: string }[],
  openGroups: readonly OpenGroup[],
  groupSize: number,
): GroupPlan {
  if (!Number.isInteger(groupSize) || groupSize < 1) throw new RangeError("A group holds at least one mentee.");
  const room = new Map(openGroups.map((g) => [g.id, groupSize - g.size]));
  const joins = new Map<string, string>();
  const opens: GroupPlan["opens"] = [];
  for (const pair of pairs) {
    const open = openGroups.find((g) => g.mentorId === pair.mentorId && room.get(g.id)! > 0);
    if (open) {
      joins.set(pair.id, open.id);
      room.set(open.id, room.get(open.id)! - 1);
      continue;
    }
    const fresh = opens.find((g) => g.mentorId === pair.mentorId && g.pairIds.length < groupSize);
    if (fresh) fresh.pairIds.push(pair.id);
    else opens.push({ mentorId: pair.mentorId, pairIds: [pair.id] });
  }
  return { joins, opens };
}
