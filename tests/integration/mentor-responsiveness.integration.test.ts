import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { asActor, createActor, createParticipation, createUser } from "../factories";
import { unpauseMentorAction } from "@/app/(app)/programs/[programId]/check-ins/actions";
import { listCheckInQueue } from "@/lib/checkins/list-queue";
import { checkInPolicySchema } from "@/lib/checkins/schemas";
import { updateCheckInPolicy } from "@/lib/checkins/update-policy";
import { jobHandlers } from "@/lib/jobs/registry";
import { listMentorResponsiveness } from "@/lib/matching/list-mentor-responsiveness";
import { mySelfMatchPauses } from "@/lib/matching/my-self-match-pauses";
import { notifyPausedMentors } from "@/lib/matching/notify-paused-mentors";
import { mentorSuggestions, requestMentors, respondToRequest } from "@/lib/matching/self-match";
import { unpauseMentor } from "@/lib/matching/unpause-mentor";
import { proposeSession } from "@/lib/sessions/propose-session";
import { respondToProposal } from "@/lib/sessions/respond-to-proposal";

// Vitest hoists these above the imports, so the modules under test see the test session.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

// In the past, so the un-pause action, which reads the clock, finds the deadlines gone by.
const t0 = new Date("2025-11-02T09:00:00Z");
const day = (n: number) => new Date(t0.getTime() + n * 86_400_000);
const hour = (n: number) => new Date(t0.getTime() + n * 3_600_000);

/** A self-match programme (five days to answer) with two mentors and four mentees. */
async function circle() {
  const coordinator = await createActor("COORDINATOR");
  const program = await db.program.create({
    data: {
      slug: `circle-${crypto.randomUUID()}`,
      name: "Open Circle",
      status: "ACTIVE",
      matchingMode: "SELF_MATCH",
      selfMatchRequestLimit: 3,
      selfMatchResponseDays: 5,
    },
  });
  const person = async (name: string, role: "MENTOR" | "MENTEE") => {
    const user = await createUser({ name, level: role === "MENTOR" ? 7 : 3 });
    const participation = await createParticipation(program.id, role, { userId: user.id, capacity: role === "MENTOR" ? 4 : 1 });
    return { actor: asActor(user), id: participation.id };
  };
  const mentor = await person("Mira Mentor", "MENTOR");
  const other = await person("Otto Mentor", "MENTOR");
  const mentees = [
    await person("Ada Mentee", "MENTEE"),
    await person("Ben Mentee", "MENTEE"),
    await person("Cai Mentee", "MENTEE"),
    await person("Dee Mentee", "MENTEE"),
  ];
  return { coordinator, program, mentor, other, mentees };
}

type Circle = Awaited<ReturnType<typeof circle>>;

/** Ada asks Mira on day 0 and Ben on day 1; neither hears back, so both deadlines (days 5 and 6) pass. */
async function twoUnanswered(c: Circle) {
  const [ada, ben] = c.mentees;
  await requestMentors(ada!.actor, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(0));
  await requestMentors(ben!.actor, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(1));
}

const suggestedTo = async (c: Circle, mentee: number, now: Date) =>
  (await mentorSuggestions(c.mentees[mentee]!.actor, c.program.id, now)).suggestions.map((s) => s.name);

const pauseNotices = (userId: string) =>
  db.notification.count({ where: { userId, kind: "RESPONSIVENESS", dedupeKey: { startsWith: "mentor-paused:" } } });

beforeEach(() => {
  testSession.actor = null;
});

describe("mentor responsiveness and the pause from self-match", () => {
  it("pauses a mentor once the programme's number of requests pass unanswered, and tells them once", async () => {
    const c = await circle();
    await twoUnanswered(c);
    // One deadline passed: not yet paused.
    expect(await notifyPausedMentors(day(5.5))).toBe(0);
    expect(await suggestedTo(c, 2, day(5.5))).toContain("Mira Mentor");

    // The second passes: paused at once, before any page or the expiry job has looked.
    expect(await notifyPausedMentors(day(7))).toBe(1);
    expect(await notifyPausedMentors(day(8))).toBe(0);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: c.mentor.actor.id, kind: "RESPONSIVENESS" } });
    expect(notice.subject).toBe("You are paused from self-match in Open Circle");
    expect(notice.body).toContain("2 mentoring requests passed the deadline without an answer");

    expect(await mySelfMatchPauses(c.mentor.actor, day(7))).toEqual([
      { participationId: c.mentor.id, programName: "Open Circle", unanswered: 2, limit: 2, pausedSince: day(6) },
    ]);
    expect(await mySelfMatchPauses(c.other.actor, day(7))).toEqual([]);

    const office = await listMentorResponsiveness(c.coordinator, c.program.id, day(7));
    expect(office).toMatchObject({ selfMatch: true, limit: 2 });
    expect(office.mentors[0]).toMatchObject({ name: "Mira Mentor", unanswered: 2, pausedSince: day(6) });
    expect(office.mentors[1]).toMatchObject({ name: "Otto Mentor", unanswered: 0, pausedSince: null });

    const queue = await listCheckInQueue(c.coordinator, { programId: c.program.id }, day(7));
    expect(queue.items.map((item) => item.reasons[0]!.text)).toEqual([
      "2 mentoring requests left unanswered past the deadline; paused from self-match since 8 Nov 2025",
    ]);
  });

  it("leaves a paused mentor out of the ranking and refuses a request to them", async () => {
    const c = await circle();
    await twoUnanswered(c);
    expect(await suggestedTo(c, 2, day(7))).toEqual(["Otto Mentor"]);
    const cai = c.mentees[2]!.actor;
    await expect(
      requestMentors(cai, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(7)),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/Mira Mentor is not taking requests/) });
    expect(await db.matchRequest.count({ where: { menteeId: c.mentees[2]!.id } })).toBe(0);
  });

  it("takes the limit from the check-in settings, 1 to 10", async () => {
    const c = await circle();
    await twoUnanswered(c);
    const settings = { programId: c.program.id, firstSessionDays: 21, cadenceDays: 30, agreementDays: 14, checkInEveryDays: 90 };
    const refused = checkInPolicySchema.safeParse({ ...settings, lowPulseThreshold: 2, unansweredRequestLimit: 11 });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ["unansweredRequestLimit"], message: "Enter a whole number of requests from 1 to 10." }),
    ]);
    await updateCheckInPolicy(
      c.coordinator,
      checkInPolicySchema.parse({ ...settings, lowPulseThreshold: 2, unansweredRequestLimit: "3" }),
    );
    expect(await suggestedTo(c, 2, day(7))).toContain("Mira Mentor");
    expect(await notifyPausedMentors(day(7))).toBe(0);
  });

  it("un-pauses a mentor who answers a request, whether they accept or decline", async () => {
    const c = await circle();
    await twoUnanswered(c);
    // Cai asked on day 4, before the pause: that request is still open on day 7.
    const cai = c.mentees[2]!;
    await requestMentors(cai.actor, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(4));
    expect(await suggestedTo(c, 3, day(7))).toEqual(["Otto Mentor"]);
    const request = await db.matchRequest.findFirstOrThrow({ where: { menteeId: cai.id } });
    await respondToRequest(c.mentor.actor, { requestId: request.id, accept: false }, day(7));

    expect(await suggestedTo(c, 3, day(7.5))).toEqual(expect.arrayContaining(["Mira Mentor", "Otto Mentor"]));
    expect(await mySelfMatchPauses(c.mentor.actor, day(7.5))).toEqual([]);
    const [mira] = (await listMentorResponsiveness(c.coordinator, c.program.id, day(7.5))).mentors.filter(
      (m) => m.name === "Mira Mentor",
    );
    // Asked on day 4, answered on day 7.
    expect(mira).toMatchObject({ unanswered: 0, pausedSince: null, countingFrom: day(7), medianHoursToAnswer: 72, answered: 1 });
  });

  it("lets a coordinator un-pause, and counts unanswered requests again from then; mentors and mentees may not", async () => {
    const c = await circle();
    await twoUnanswered(c);
    for (const caller of [c.mentor.actor, c.mentees[0]!.actor]) {
      testSession.actor = caller;
      expect(await unpauseMentorAction({ participationId: c.mentor.id })).toMatchObject({ ok: false, status: 403 });
      await expect(unpauseMentor(caller, { participationId: c.mentor.id }, day(7))).rejects.toMatchObject({ status: 403 });
    }
    expect((await db.participation.findUniqueOrThrow({ where: { id: c.mentor.id } })).selfMatchUnpausedAt).toBeNull();

    expect(await unpauseMentor(c.coordinator, { participationId: c.mentor.id }, day(7))).toEqual({
      unpaused: true,
      name: "Mira Mentor",
    });
    expect(await unpauseMentor(c.coordinator, { participationId: c.mentor.id }, day(7))).toEqual({
      unpaused: false,
      name: "Mira Mentor",
    });
    expect(await suggestedTo(c, 2, day(7))).toContain("Mira Mentor");
    expect(await db.notification.count({ where: { userId: c.mentor.actor.id, subject: { startsWith: "You are back" } } })).toBe(
      1,
    );

    // Cai and Dee ask on days 8 and 9; one missed deadline is not a pause, the second is a new one, told anew.
    await notifyPausedMentors(day(7));
    await requestMentors(c.mentees[2]!.actor, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(8));
    expect((await listMentorResponsiveness(c.coordinator, c.program.id, day(13.5))).mentors[0]).toMatchObject({
      name: "Mira Mentor",
      unanswered: 1,
      countingFrom: day(7),
      pausedSince: null,
    });
    await requestMentors(c.mentees[3]!.actor, { programId: c.program.id, mentorIds: [c.mentor.id], message: "" }, day(9));
    expect(await notifyPausedMentors(day(15))).toBe(1);
    expect(await pauseNotices(c.mentor.actor.id)).toBe(1);
    expect(await mySelfMatchPauses(c.mentor.actor, day(15))).toMatchObject([{ unanswered: 2, pausedSince: day(14) }]);
  });

  it("un-pauses once under 20 parallel identical calls, and tells the mentor once", async () => {
    const c = await circle();
    await twoUnanswered(c);
    testSession.actor = c.coordinator;
    const results = await Promise.all(Array.from({ length: 20 }, () => unpauseMentorAction({ participationId: c.mentor.id })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.filter((r) => r.message.startsWith("Mira Mentor is back in self-match"))).toHaveLength(1);
    expect(await db.notification.count({ where: { userId: c.mentor.actor.id, subject: { startsWith: "You are back" } } })).toBe(
      1,
    );
    expect(await mySelfMatchPauses(c.mentor.actor)).toEqual([]);
  });

  it("tells a paused mentor once under 20 parallel evaluations, including the expiry job's", async () => {
    const c = await circle();
    await twoUnanswered(c);
    const told = await Promise.all(Array.from({ length: 20 }, () => notifyPausedMentors(day(7))));
    expect(told.reduce((a, b) => a + b, 0)).toBe(1);
    const job = await jobHandlers["matching.expire-requests"]!(null, { now: day(7), job: {} as never });
    expect(job).toEqual({ expired: 2, pausedMentorsTold: 0 });
    expect(await pauseNotices(c.mentor.actor.id)).toBe(1);
  });

  it("gives the median time a mentor takes to confirm a session the mentee proposed", async () => {
    const c = await circle();
    const [ada, ben] = c.mentees;
    for (const [k, mentee] of [ada!, ben!].entries()) {
      const match = await db.match.create({
        data: { programId: c.program.id, mentorId: c.mentor.id, menteeId: mentee.id, status: "ACTIVE", startedAt: day(0) },
      });
      const place = { format: "VIDEO" as const, place: "https://meet.example.com/pair" };
      const proposed = await proposeSession(
        mentee.actor,
        { matchId: match.id, day: "2025-11-20", startTime: "10:00", endTime: "11:00", ...place },
        hour(24),
      );
      await respondToProposal(c.mentor.actor, { sessionId: proposed.sessionId, accept: true }, hour(24 + 4 + 6 * k));
      // Mira's own proposal, accepted by the mentee, says nothing about how quickly Mira confirms.
      const own = await proposeSession(
        c.mentor.actor,
        { matchId: match.id, day: "2025-11-21", startTime: "10:00", endTime: "11:00", ...place },
        hour(24),
      );
      await respondToProposal(mentee.actor, { sessionId: own.sessionId, accept: true }, hour(200));
    }
    const office = await listMentorResponsiveness(c.coordinator, c.program.id, day(10));
    expect(office.mentors.find((m) => m.name === "Mira Mentor")).toMatchObject({ medianHoursToConfirm: 7, confirmed: 2 });
    await expect(listMentorResponsiveness(c.mentor.actor, c.program.id, day(10))).rejects.toMatchObject({ status: 403 });
  });
});
