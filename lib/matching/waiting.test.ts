import { describe, expect, it } from "vitest";
import type { MatchStatus, ProgramType } from "@/lib/db/generated/enums";
import { menteesWaiting } from "@/lib/matching/waiting";

const mentees = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];

describe("menteesWaiting", () => {
  // Each case: the programme's type, every pair's status by mentee, and who is still waiting.
  it.each<{ when: string; type: ProgramType; pairs: Record<string, MatchStatus[]>; waiting: string[] }>([
    {
      when: "counts a mentee with only a draft proposal or an ended pair as still waiting",
      type: "ONE_TO_ONE",
      pairs: { a: ["ACTIVE"], b: ["PROPOSED"], c: ["ENDED"] },
      waiting: ["b", "c", "d"],
    },
    {
      when: "treats a published pair awaiting confirmation, or a completed one, as placed",
      type: "ONE_TO_ONE",
      pairs: { a: ["AWAITING_CONFIRMATION"], b: ["COMPLETED"], c: ["ENDED", "ACTIVE"] },
      waiting: ["d"],
    },
    {
      when: "puts a flash mentee whose conversation completed back among those waiting",
      type: "FLASH",
      pairs: { a: ["COMPLETED"], b: ["COMPLETED", "ACTIVE"] },
      waiting: ["a", "c", "d"],
    },
  ])("$when", ({ type, pairs, waiting }) => {
    const matches = Object.entries(pairs).flatMap(([menteeId, statuses]) => statuses.map((status) => ({ menteeId, status })));
    expect(menteesWaiting(mentees, matches, type).map((m) => m.id)).toEqual(waiting);
  });
});
