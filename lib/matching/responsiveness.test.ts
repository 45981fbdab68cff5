import { describe, expect, it } from "vitest";
import {
  median,
  mentorResponsiveness,
  passedUnanswered,
  unansweredDeadlines,
  type RequestFacts,
} from "@/lib/matching/responsiveness";

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));
const now = at(30);

const expired = (deadlineDay: number): RequestFacts => ({
  status: "EXPIRED",
  askedAt: at(deadlineDay - 5),
  respondBy: at(deadlineDay),
  respondedAt: at(deadlineDay, 10),
});
const answered = (askedDay: number, hours: number, status: "ACCEPTED" | "DECLINED" = "DECLINED"): RequestFacts => ({
  status,
  askedAt: at(askedDay),
  respondBy: at(askedDay + 5),
  respondedAt: new Date(at(askedDay).getTime() + hours * 3_600_000),
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });
});

describe("passedUnanswered", () => {
  it("counts a pending request past its deadline, an expired one, and one withdrawn only after the deadline", () => {
    expect(passedUnanswered({ status: "PENDING", askedAt: at(1), respondBy: at(6), respondedAt: null }, now)).toBe(true);
    expect(passedUnanswered(expired(6), now)).toBe(true);
    expect(passedUnanswered({ status: "WITHDRAWN", askedAt: at(1), respondBy: at(6), respondedAt: at(7) }, now)).toBe(true);
  });

  it("does not count answers, requests still in time, withdrawals in time or requests waiting their turn", () => {
    expect(passedUnanswered({ status: "PENDING", askedAt: at(28), respondBy: at(30, 12), respondedAt: null }, now)).toBe(false);
    expect(passedUnanswered(answered(1, 30), now)).toBe(false);
    expect(passedUnanswered({ status: "WITHDRAWN", askedAt: at(1), respondBy: at(6), respondedAt: at(3) }, now)).toBe(false);
    expect(passedUnanswered({ status: "QUEUED", askedAt: null, respondBy: null, respondedAt: null }, now)).toBe(false);
  });
});

describe("mentorResponsiveness", () => {
  it("gives the median hours to answer requests and to confirm sessions the mentee proposed", () => {
    const result = mentorResponsiveness(
      {
        requests: [answered(1, 10), answered(3, 30, "ACCEPTED"), answered(5, 20)],
        proposals: [
          { proposedByMentor: false, proposedAt: at(10), acceptedAt: at(10, 13) },
          { proposedByMentor: false, proposedAt: at(12), acceptedAt: at(13) },
          // The mentor's own proposal, accepted by the mentee, says nothing about the mentor.
          { proposedByMentor: true, proposedAt: at(14), acceptedAt: at(20) },
        ],
        unpausedAt: null,
      },
      2,
      now,
    );
    expect(result).toMatchObject({
      medianHoursToAnswer: 20,
      answered: 3,
      medianHoursToConfirm: 14,
      confirmed: 2,
      unanswered: 0,
      pausedSince: null,
    });
  });

  it("leaves requests made before the reach time was kept out of the median", () => {
    const old: RequestFacts = { ...answered(1, 10), askedAt: null };
    expect(mentorResponsiveness({ requests: [old], proposals: [], unpausedAt: null }, 2, now)).toMatchObject({
      medianHoursToAnswer: null,
      answered: 0,
    });
  });

  it("pauses a mentor once the unanswered count reaches the limit, from the deadline that reached it", () => {
    const facts = { requests: [expired(10), expired(20)], proposals: [], unpausedAt: null };
    expect(mentorResponsiveness(facts, 2, now)).toMatchObject({ unanswered: 2, pausedSince: at(20), countingFrom: null });
    expect(mentorResponsiveness(facts, 3, now)).toMatchObject({ unanswered: 2, pausedSince: null });
    expect(mentorResponsiveness({ ...facts, requests: [expired(10)] }, 2, now).pausedSince).toBeNull();
  });

  it("counts again from the mentor's latest answer: answering ends the pause", () => {
    const facts = { requests: [expired(10), expired(20), answered(21, 5)], proposals: [], unpausedAt: null };
    expect(mentorResponsiveness(facts, 2, now)).toMatchObject({ unanswered: 0, pausedSince: null, countingFrom: at(21, 14) });
    const later = { ...facts, requests: [...facts.requests, expired(25), expired(28)] };
    expect(mentorResponsiveness(later, 2, now)).toMatchObject({ unanswered: 2, pausedSince: at(28) });
  });

  it("counts again from a coordinator's un-pause", () => {
    const facts = { requests: [expired(10), expired(20)], proposals: [], unpausedAt: at(22) };
    expect(mentorResponsiveness(facts, 2, now)).toMatchObject({ unanswered: 0, pausedSince: null, countingFrom: at(22) });
    expect(unansweredDeadlines({ ...facts, requests: [...facts.requests, expired(25)] }, now)).toEqual([at(25)]);
  });
});
