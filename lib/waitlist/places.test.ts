import { describe, expect, it } from "vitest";
import { freePlaces, moveTo, waitlistOrder } from "@/lib/waitlist/places";

const base = {
  targetMentees: null,
  targetMentors: null,
  menteesHoldingPlaces: 0,
  approvedMentors: 0,
  mentorPlaces: 0,
  pendingOffers: { MENTEE: 0, MENTOR: 0 },
};

describe("free places", () => {
  it("counts mentee places against the target and against mentor room, whichever is tighter", () => {
    expect(freePlaces({ ...base, targetMentees: 10, menteesHoldingPlaces: 8 }).MENTEE).toBe(2);
    expect(freePlaces({ ...base, targetMentees: 10, menteesHoldingPlaces: 8, approvedMentors: 3, mentorPlaces: 9 }).MENTEE).toBe(
      1,
    );
    expect(freePlaces({ ...base, approvedMentors: 2, mentorPlaces: 6, menteesHoldingPlaces: 4 }).MENTEE).toBe(2);
  });

  it("offers nothing without a target or a mentor to count against, and open offers hold their place", () => {
    expect(freePlaces(base)).toEqual({ MENTEE: 0, MENTOR: 0 });
    expect(
      freePlaces({ ...base, targetMentees: 5, menteesHoldingPlaces: 3, pendingOffers: { MENTEE: 1, MENTOR: 0 } }).MENTEE,
    ).toBe(1);
    expect(freePlaces({ ...base, targetMentees: 5, menteesHoldingPlaces: 7 }).MENTEE).toBe(0);
    expect(freePlaces({ ...base, targetMentors: 4, approvedMentors: 3 }).MENTOR).toBe(1);
  });
});

describe("waiting list order", () => {
  it("goes by decision time, and sends people who let an offer lapse behind the rest", () => {
    const at = (day: number) => new Date(Date.UTC(2027, 0, day));
    const order = waitlistOrder([
      { id: "c", decidedAt: at(3), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: null },
      { id: "a", decidedAt: at(1), appliedAt: at(1), lapsedOffers: 1, waitlistPosition: null },
      { id: "b", decidedAt: at(2), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: null },
      { id: "d", decidedAt: at(2), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: null },
    ]);
    expect(order.map((p) => p.id)).toEqual(["b", "d", "c", "a"]);
  });

  it("puts the coordinator's order first, then everyone else by decision time", () => {
    const at = (day: number) => new Date(Date.UTC(2027, 0, day));
    const order = waitlistOrder([
      { id: "a", decidedAt: at(1), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: null },
      { id: "b", decidedAt: at(2), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: 2 },
      { id: "c", decidedAt: at(3), appliedAt: at(1), lapsedOffers: 0, waitlistPosition: 1 },
    ]);
    expect(order.map((p) => p.id)).toEqual(["c", "b", "a"]);
  });

  it("moves one person to a place, clamped to the list, keeping everyone else's order", () => {
    const list = ["a", "b", "c", "d"].map((id) => ({ id }));
    expect(moveTo(list, "d", 1).map((p) => p.id)).toEqual(["d", "a", "b", "c"]);
    expect(moveTo(list, "a", 3).map((p) => p.id)).toEqual(["b", "c", "a", "d"]);
    expect(moveTo(list, "b", 99).map((p) => p.id)).toEqual(["a", "c", "d", "b"]);
    expect(moveTo(list, "c", 0).map((p) => p.id)).toEqual(["c", "a", "b", "d"]);
    expect(moveTo(list, "x", 1)).toEqual(list);
  });
});
