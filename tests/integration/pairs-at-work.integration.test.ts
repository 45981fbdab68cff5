import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { asActor, createActor, createLivePair, createProgram, createUser } from "../factories";
import * as actions from "@/app/(app)/me/mentoring/[pairId]/actions";
import { pairWorkspace } from "@/lib/pairs/pair-workspace";
import { pairOfficeView } from "@/lib/pairs/pair-office-view";
import { recentSessions } from "@/lib/sessions/recent";
import { programHealthReport } from "@/lib/kpi/reports";
import { executiveDashboard } from "@/lib/kpi/dashboard";
import { myMentoring } from "@/lib/mentoring/my-mentoring";
import { listOutbox } from "@/lib/notifications/outbox";
import { proposeSession } from "@/lib/sessions/propose-session";
import { respondToProposal } from "@/lib/sessions/respond-to-proposal";
import { rescheduleSession } from "@/lib/sessions/reschedule-session";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { logSession } from "@/lib/sessions/log-session";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { sessionIcs } from "@/lib/calendar/session-ics";
import { calendarFeedBySecret, createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";
import { signAgreement } from "@/lib/pairs/sign-agreement";
import { updateAgreement } from "@/lib/pairs/update-agreement";
import { createPairGoal } from "@/lib/pairs/create-pair-goal";
import { updateGoalProgress } from "@/lib/pairs/update-goal-progress";
import { updateAgreementTemplate } from "@/lib/pairs/update-agreement-template";

// Vitest hoists these above the imports, so the modules under test see the test session.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const now = new Date("2026-12-07T10:00:00Z");
const SHARED = "SHARED-NOTE-zebra";
const PRIVATE = "PRIVATE-REFLECTION-walrus";

/** An active pair: the mentor in London, the mentee in Tokyo (nine hours ahead in winter). */
async function pair() {
  const coordinator = await createActor("COORDINATOR");
  const program = await createProgram({ name: "Northwind Leaders", status: "ACTIVE", createdById: coordinator.id });
  const mentorUser = await createUser({ name: "Sofia Mentor" });
  const menteeUser = await createUser({ name: "Kenji Mentee" });
  await db.user.update({ where: { id: mentorUser.id }, data: { timeZone: "Europe/London" } });
  await db.user.update({ where: { id: menteeUser.id }, data: { timeZone: "Asia/Tokyo" } });
  await db.profile.create({ data: { userId: mentorUser.id, availability: ["MON_AM", "TUE_AM", "WED_AM"] } });
  await db.profile.create({ data: { userId: menteeUser.id, availability: ["MON_EVE", "TUE_EVE", "WED_EVE"] } });
  const { match } = await createLivePair(program.id, {
    mentorUserId: mentorUser.id,
    menteeUserId: menteeUser.id,
    startedAt: new Date("2026-11-01T00:00:00Z"),
  });
  const goal = await db.programGoal.create({
    data: { programId: program.id, title: "Grow future leaders", objective: "30% promoted", position: 0 },
  });
  return {
    program,
    match,
    programGoal: goal,
    coordinator,
    mentor: asActor({ ...mentorUser }),
    mentee: asActor({ ...menteeUser }),
  };
}

const when = { format: "VIDEO" as const, place: "https://meet.example.com/pair" };

type Pair = Awaited<ReturnType<typeof pair>>;

/** The pair's video session from 09:00 to 10:00 on this day, as the session forms send it. */
const morningHour = (p: Pair, day: string) => ({ matchId: p.match.id, day, startTime: "09:00", endTime: "10:00", ...when });

/** Kenji in Tokyo proposes 18:30 on Tuesday 8 December: 09:30 in London. */
const menteeProposesTuesdayEvening = (p: Pair) =>
  proposeSession(p.mentee, { matchId: p.match.id, day: "2026-12-08", startTime: "18:30", endTime: "19:30", ...when }, now);

async function loggedSession(p: Pair) {
  const { goalId } = await createPairGoal(
    p.mentee,
    {
      matchId: p.match.id,
      title: "Present to the leadership team",
      measure: "Presentations given",
      target: "2 by March",
      support: "",
      programGoalId: p.programGoal.id,
      dueOn: "2027-03-31",
      milestones: ["Draft deck", "Dry run with mentor"],
    },
    now,
  );
  const { sessionId } = await logSession(
    p.mentor,
    {
      ...morningHour(p, "2026-12-04"),
      goalIds: [goalId],
      usefulness: 4,
      topic: `Deck review ${SHARED}`,
      progress: `Progress ${SHARED}`,
      difficulties: "",
      nextSteps: `Next ${SHARED}`,
      reflection: PRIVATE,
    },
    now,
  );
  return { goalId, sessionId };
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

beforeEach(() => {
  testSession.actor = null;
});

describe("who reads what of a logged session", () => {
  it("gives the partner the shared notes, the author alone the reflection, the office neither", async () => {
    const p = await pair();
    const { sessionId } = await loggedSession(p);
    const admin = await createActor("ADMIN");
    const executive = await createActor("EXECUTIVE");
    const stranger = await createActor("EMPLOYEE");

    const mentorView = json(await pairWorkspace(p.mentor, p.match.id, now));
    expect(mentorView).toContain(SHARED);
    expect(mentorView).toContain(PRIVATE);

    const menteeView = json(await pairWorkspace(p.mentee, p.match.id, now));
    expect(menteeView).toContain(SHARED);
    expect(menteeView).not.toContain(PRIVATE);
    expect(json(await myMentoring(p.mentee, now))).not.toContain(PRIVATE);

    for (const office of [p.coordinator, admin]) {
      const view = await pairOfficeView(office, p.program.id, p.match.id);
      expect(json(view)).not.toContain(SHARED);
      expect(json(view)).not.toContain(PRIVATE);
      expect(view.sessions[0]).toMatchObject({ id: sessionId, durationMinutes: 60, usefulness: 4 });
      expect(view.sessions[0]!.goals.map((g) => g.title)).toEqual(["Present to the leadership team"]);
      const recent = json(await recentSessions(office));
      expect(recent).toContain(sessionId);
      expect(recent).not.toContain(SHARED);
      expect(recent).not.toContain(PRIVATE);
      expect(json(await programHealthReport(office, now))).not.toContain(SHARED);
      expect(json(await listOutbox(office))).not.toContain(PRIVATE);
    }
    expect(json(await executiveDashboard(executive, now))).not.toContain(SHARED);
    await expect(pairOfficeView(executive, p.program.id, p.match.id)).rejects.toMatchObject({ status: 403 });
    await expect(pairOfficeView(p.mentee, p.program.id, p.match.id)).rejects.toMatchObject({ status: 403 });
    await expect(pairWorkspace(stranger, p.match.id, now)).rejects.toMatchObject({ status: 404 });
    await expect(pairWorkspace(p.coordinator, p.match.id, now)).rejects.toMatchObject({ status: 404 });

    // Calendars carry times and places, never notes.
    expect((await sessionIcs(p.mentee, sessionId)).content).not.toContain(SHARED);
    const { secret } = await createCalendarFeed(p.mentee);
    const feed = await calendarFeedBySecret(secret);
    expect(feed).toContain(`UID:session-${sessionId}@pairwise`);
    expect(feed).not.toContain(SHARED);
  });

  it("returns nothing private from the actions, and a help request carries only its message", async () => {
    const p = await pair();
    const { sessionId } = await loggedSession(p);
    testSession.actor = p.mentee;
    const confirmed = await actions.confirmSessionAction({ sessionId, correction: "We met for 50 minutes.", reflection: "" });
    expect(confirmed).toMatchObject({ ok: true, message: "Confirmed with your correction." });
    expect(json(confirmed)).not.toContain(PRIVATE);
    const help = await actions.askForHelpAction({
      matchId: p.match.id,
      sessionId,
      message: "We keep missing sessions; could you help us find a rhythm?",
    });
    expect(help.ok).toBe(true);
    expect(json(help)).not.toContain(PRIVATE);
    const request = await db.helpRequest.findFirstOrThrow();
    expect(request).toMatchObject({ matchId: p.match.id, sessionId, raisedById: p.mentee.id });
    expect(json(request)).not.toContain(PRIVATE);
    const notice = await db.notification.findFirstOrThrow({ where: { kind: "HELP_REQUEST" } });
    expect(notice.userId).toBe(p.coordinator.id);
    expect(notice.body).not.toContain(PRIVATE);
    expect((await pairOfficeView(p.coordinator, p.program.id, p.match.id)).helpRequests).toHaveLength(1);

    // The partner's confirmation and correction are shared; their (empty) reflection stays theirs.
    const mentorView = await pairWorkspace(p.mentor, p.match.id, now);
    expect(mentorView.past[0]).toMatchObject({ correction: "We met for 50 minutes.", myReflection: PRIVATE });
  });
});

describe("scheduling across time zones with calendar invites", () => {
  it("proposes in one zone, shows both clocks, and versions the invite through reschedule and cancel", async () => {
    const p = await pair();
    const { sessionId } = await menteeProposesTuesdayEvening(p);
    const stored = await db.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(stored).toMatchObject({
      status: "PROPOSED",
      durationMinutes: 60,
      sequence: 0,
      occurredAt: new Date("2026-12-08T09:30:00Z"),
    });
    const mentorView = await pairWorkspace(p.mentor, p.match.id, now);
    expect(mentorView.upcoming[0]!.time).toEqual({ mine: "Tue 8 Dec 2026, 09:30", partners: "Tue 8 Dec 2026, 18:30" });
    expect(mentorView.next.kind).toBe("answer-proposal");
    const proposalInvite = await db.notification.findFirstOrThrow({ where: { userId: p.mentor.id, kind: "SESSION" } });
    expect(proposalInvite.calendarInvite).toContain("METHOD:REQUEST");
    expect(proposalInvite.body).toContain("Tue 8 Dec 2026, 09:30 (Europe/London)");

    await expect(respondToProposal(p.mentee, { sessionId, accept: true })).rejects.toMatchObject({ status: 409 });
    await respondToProposal(p.mentor, { sessionId, accept: true });
    const booked = (await sessionIcs(p.mentee, sessionId)).content;
    expect(booked).toContain("METHOD:REQUEST");
    expect(booked).toContain("DTSTART:20261208T093000Z");
    expect(booked).toContain('ORGANIZER;CN="Kenji Mentee"');

    await rescheduleSession(p.mentor, { sessionId, day: "2026-12-09", startTime: "09:00", endTime: "10:00", ...when }, now);
    const moved = (await sessionIcs(p.mentee, sessionId)).content;
    const uid = (ics: string) => /UID:(.*)/.exec(ics)?.[1];
    const seq = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(ics)?.[1]);
    expect(uid(moved)).toBe(uid(booked));
    expect(seq(moved)).toBeGreaterThan(seq(booked));
    expect(moved).toContain("DTSTART:20261209T090000Z");

    await cancelSession(p.mentee, { sessionId });
    const cancelled = (await sessionIcs(p.mentor, sessionId)).content;
    expect(cancelled).toContain("METHOD:CANCEL");
    expect(uid(cancelled)).toBe(uid(booked));
    expect(seq(cancelled)).toBeGreaterThan(seq(moved));
    const cancelNotices = await db.notification.findMany({ where: { calendarInvite: { contains: "METHOD:CANCEL" } } });
    expect(cancelNotices.map((n) => n.userId).sort()).toEqual([p.mentor.id, p.mentee.id].sort());
  });

  it("books 09:00 London after the clock change at 08:00 UTC and suggests slots both grids share", async () => {
    const p = await pair();
    const march = new Date("2027-03-20T10:00:00Z");
    const { sessionId } = await proposeSession(p.mentor, morningHour(p, "2027-03-29"), march);
    expect((await db.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } })).occurredAt.toISOString()).toBe(
      "2027-03-29T08:00:00.000Z",
    );
    const view = await pairWorkspace(p.mentee, p.match.id, now);
    expect(view.slots.length).toBeGreaterThan(0);
    // Each suggestion is inside Kenji's evening (17–20 Tokyo) and Sofia's morning (9–12 London).
    for (const slot of view.slots) {
      expect(Number(slot.time.mine.slice(-5, -3))).toBeGreaterThanOrEqual(17);
      expect(Number(slot.time.partners.slice(-5, -3))).toBeGreaterThanOrEqual(9);
    }
  });

  it("revokes a calendar address at once, and a new one replaces the old", async () => {
    const p = await pair();
    const first = await createCalendarFeed(p.mentor);
    expect(await calendarFeedBySecret(first.secret)).toContain("BEGIN:VCALENDAR");
    const second = await createCalendarFeed(p.mentor);
    expect(await calendarFeedBySecret(first.secret)).toBeNull();
    expect(await calendarFeedBySecret(second.secret)).toContain("BEGIN:VCALENDAR");
    await revokeCalendarFeed(p.mentor);
    expect(await calendarFeedBySecret(second.secret)).toBeNull();
    expect(await db.calendarFeed.count()).toBe(0);
  });
});

describe("bad input is refused at the field and writes nothing", () => {
  it("end before start, a date 20 years out, a 1 MB note and a goal without a measure", async () => {
    const p = await pair();
    testSession.actor = p.mentor;
    const before = await db.mentoringSession.count();
    const endBeforeStart = await actions.proposeSessionAction({
      matchId: p.match.id,
      day: "2026-12-10",
      startTime: "10:00",
      endTime: "09:00",
      ...when,
    });
    expect(endBeforeStart).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { endTime: ["The end time must be after the start time."] },
    });
    const farOut = await actions.proposeSessionAction(morningHour(p, "2046-12-10"));
    expect(farOut).toMatchObject({ ok: false, fieldErrors: { day: ["Choose a date within the next 12 months."] } });
    const huge = await actions.logSessionAction({
      ...morningHour(p, "2026-12-01"),
      usefulness: 3,
      progress: "x".repeat(1024 * 1024),
    });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { progress: ["Keep the progress under 5,000 characters."] } });
    const noMeasure = await actions.createPairGoalAction({
      matchId: p.match.id,
      title: "Grow",
      measure: "",
      target: "1",
      dueOn: "2027-01-10",
    });
    expect(noMeasure).toMatchObject({ ok: false });
    expect((noMeasure as { fieldErrors: Record<string, string[]> }).fieldErrors.measure?.[0]).toMatch(/how you will measure/);
    const goalFarOut = await actions.createPairGoalAction({
      matchId: p.match.id,
      title: "Grow",
      measure: "Talks",
      target: "1",
      dueOn: "2046-01-10",
    });
    expect(goalFarOut).toMatchObject({ ok: false, fieldErrors: { dueOn: ["Choose a due date within two years."] } });
    const inFuture = await logSession(
      p.mentor,
      {
        ...morningHour(p, "2026-12-20"),
        goalIds: [],
        usefulness: 3,
        topic: "",
        progress: "",
        difficulties: "",
        nextSteps: "",
        reflection: "",
      },
      now,
    ).catch((e: unknown) => e);
    expect(inFuture).toMatchObject({ status: 422, fieldErrors: { day: ["A session can be logged once it has started."] } });
    expect(await db.mentoringSession.count()).toBe(before);
    expect(await db.pairGoal.count()).toBe(0);
  });
});

describe("state changes under 20 identical calls at once", () => {
  const twenty = <T>(call: () => Promise<T>) => Promise.allSettled(Array.from({ length: 20 }, call));

  it("accepts a proposal once and sends one invite each", async () => {
    const p = await pair();
    const { sessionId } = await menteeProposesTuesdayEvening(p);
    const results = await twenty(() => respondToProposal(p.mentor, { sessionId, accept: true }));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      status: "SCHEDULED",
      sequence: 1,
    });
    expect(await db.notification.count({ where: { dedupeKey: { contains: ":accepted:" } } })).toBe(2);
  });

  it("signs once per person, and a changed agreement needs both again", async () => {
    const p = await pair();
    await updateAgreementTemplate(p.coordinator, {
      programId: p.program.id,
      cadence: "Every two weeks",
      meetingFormat: "Video",
      confidentiality: "Between us",
      ending: "Either of us, any time",
      expectations: "",
    });
    const results = await twenty(() => signAgreement(p.mentor, { matchId: p.match.id, version: 1 }, now));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.agreement.count()).toBe(1);
    expect(await db.notification.count({ where: { kind: "AGREEMENT" } })).toBe(1);
    expect(await signAgreement(p.mentee, { matchId: p.match.id, version: 1 }, now)).toEqual({ bothSigned: true });
    expect(await db.agreement.findFirstOrThrow()).toMatchObject({ cadence: "Every two weeks", version: 1 });

    await updateAgreement(p.mentee, {
      matchId: p.match.id,
      version: 1,
      cadence: "Every week",
      meetingFormat: "Video",
      confidentiality: "Between us",
      ending: "Either of us, any time",
      expectations: "Kenji brings an agenda.",
    });
    expect(await db.agreement.findFirstOrThrow()).toMatchObject({ version: 2, mentorSignedAt: null, menteeSignedAt: null });
    await expect(signAgreement(p.mentor, { matchId: p.match.id, version: 1 }, now)).rejects.toMatchObject({ status: 409 });
    await signAgreement(p.mentor, { matchId: p.match.id, version: 2 }, now);
    expect(await signAgreement(p.mentee, { matchId: p.match.id, version: 2 }, now)).toEqual({ bothSigned: true });
  });

  it("logs a booked session once, and logs an unbooked one once", async () => {
    const p = await pair();
    const { sessionId } = await menteeProposesTuesdayEvening(p);
    await respondToProposal(p.mentor, { sessionId, accept: true });
    const after = new Date("2026-12-08T12:00:00Z");
    const log = (extra: object) => ({
      matchId: p.match.id,
      day: "2026-12-08",
      startTime: "09:30",
      endTime: "10:30",
      ...when,
      goalIds: [],
      usefulness: 5,
      topic: "",
      progress: "Good",
      difficulties: "",
      nextSteps: "",
      reflection: "mine",
      ...extra,
    });
    const booked = await twenty(() => logSession(p.mentor, log({ sessionId }), after));
    expect(booked.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.mentoringSession.count({ where: { status: "LOGGED" } })).toBe(1);
    expect(await db.sessionReflection.count()).toBe(1);

    const unbooked = await twenty(() =>
      logSession(p.mentee, log({ day: "2026-12-06", startTime: "18:00", endTime: "19:00" }), after),
    );
    expect(unbooked.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of unbooked) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 409 });
    expect(await db.mentoringSession.count({ where: { status: "LOGGED" } })).toBe(2);
    expect(await db.notification.count({ where: { dedupeKey: { endsWith: ":logged" } } })).toBe(2);
  });

  it("confirms once, and only the partner of the one who logged", async () => {
    const p = await pair();
    const { sessionId } = await loggedSession(p);
    await expect(confirmSession(p.mentor, { sessionId, correction: "", reflection: "" }, now)).rejects.toMatchObject({
      status: 409,
    });
    const results = await twenty(() =>
      confirmSession(p.mentee, { sessionId, correction: "", reflection: "my own thoughts" }, now),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      confirmedById: p.mentee.id,
    });
    expect(await db.sessionReflection.count({ where: { authorId: p.mentee.id } })).toBe(1);
  });
});

describe("goals and programme figures", () => {
  it("keeps a goal's history, links it to sessions, and counts only sessions that happened", async () => {
    const p = await pair();
    const { goalId } = await loggedSession(p);
    await updateGoalProgress(p.mentor, { goalId, status: "ON_TRACK", progress: 40, note: "Deck drafted" });
    await updateGoalProgress(p.mentee, { goalId, status: "DONE", progress: 70, note: "Presented" });
    const view = await pairWorkspace(p.mentee, p.match.id, now);
    expect(view.goals[0]).toMatchObject({ status: "DONE", progress: 100, programGoalTitle: "Grow future leaders" });
    expect(view.goals[0]!.updates.map((u) => [u.author, u.note])).toEqual([
      ["You", "Presented"],
      [p.mentor.name, "Deck drafted"],
      ["You", "Goal agreed."],
    ]);
    expect(view.goals[0]!.sessions).toHaveLength(1);

    await menteeProposesTuesdayEvening(p);
    const [row] = (await programHealthReport(p.coordinator, now)).filter((r) => r.id === p.program.id);
    expect(row).toMatchObject({ sessionsLast30Days: 1, activePairs: 1 });
  });
});
