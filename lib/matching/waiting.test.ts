import { describe, expect, it } from "vitest";
import { menteesWaiting } from "@/lib/matching/waiting";

const mentees = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }];

describe("menteesWaiting", () => {
  it("counts a mentee with only a draft proposal or an ended pair as still waiting", () => {
    const waiting = menteesWaiting(
      mentees,
      [
        { menteeId: "a", status: "ACTIVE" },
        { menteeId: "b", status: "PROPOSED" },
        { menteeId: "c", status: "ENDED" },
      ],
      "ONE_TO_ONE",
    );
    expect(waiting.map((m) => m.id)).toEqual(["b", "c", "d"]);
  });

  it("treats a published pair awaiting confirmation, or a completed one, as placed", () => {
    const waiting = menteesWaiting(
      mentees,
      [
        { menteeId: "a", status: "AWAITING_CONFIRMATION" },
        { menteeId: "b", status: "COMPLETED" },
        { menteeId: "c", status: "ENDED" },
        { menteeId: "c", status: "ACTIVE" },
      ],
      "ONE_TO_ONE",
    );
    expect(waiting.map((m) => m.id)).toEqual(["d"]);
  });

  it("puts a flash mentee whose conversation completed back among those waiting", () => {
    const waiting = menteesWaiting(
      mentees,
      [
        { menteeId: "a", status: "COMPLETED" },
        { menteeId: "b", status: "COMPLETED" },
        { menteeId: "b", status: "ACTIVE" },
      ],
      "FLASH",
    );
    expect(waiting.map((m) => m.id)).toEqual(["a", "c", "d"]);
  });
});
