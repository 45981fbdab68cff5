import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { testSession } from "../support/mock-session";
import { createActor, programDetailsInput } from "../factories";
import { tableRows } from "../support/tables";

// The session comes from the request cookie in production; here the test decides who is calling.
vi.mock("@/app/_server/session", () => import("../support/mock-session"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const programs = await import("@/app/(app)/programs/actions");
const { applyToProgramAction } = await import("@/app/(app)/enrol/actions");

const snapshot = () => tableRows("program", "programGoal", "applicationQuestion", "participation", "applicationAnswer");

async function draftProgram() {
  testSession.actor = await createActor("COORDINATOR");
  const created = await programs.createProgramAction({
    name: "Women in Engineering",
    type: "ONE_TO_ONE",
    purpose: "",
    startDate: "",
    endDate: "",
  });
  expect(created.ok).toBe(true);
  return db.program.findFirstOrThrow({ where: { name: "Women in Engineering" } });
}

const details = (programId: string) => ({ programId, ...programDetailsInput() });

async function openProgram() {
  const program = await draftProgram();
  await programs.updateProgramDetailsAction(details(program.id));
  await programs.addGoalAction({
    programId: program.id,
    title: "More women in staff roles",
    objective: "Five promotions to staff engineer in 12 months",
  });
  await programs.addQuestionAction({
    programId: program.id,
    prompt: "Preferred format",
    kind: "SINGLE_CHOICE",
    audience: "BOTH",
    options: "In person\nVideo call",
    required: true,
    useForMatching: true,
  });
  expect(await programs.changeProgramStatusAction({ programId: program.id, to: "ENROLMENT" })).toMatchObject({ ok: true });
  return db.program.findUniqueOrThrow({ where: { id: program.id }, include: { questions: true } });
}

type OpenProgram = Awaited<ReturnType<typeof openProgram>>;

/** An application to the open programme as its form sends it: a mentor for two who prefers video calls. */
const applicationTo = (program: OpenProgram, overrides: Record<string, unknown> = {}) => ({
  slug: program.slug,
  role: "MENTOR",
  capacity: 2,
  answers: { [program.questions[0]!.id]: ["Video call"] },
  acceptCodeOfConduct: true,
  ...overrides,
});

beforeEach(() => {
  testSession.actor = null;
});

describe("programme design actions", () => {
  it.each(["EMPLOYEE", "EXECUTIVE"] as const)("refuse a %s with 403 and change nothing", async (role) => {
    const program = await draftProgram();
    testSession.actor = await createActor(role);
    const before = await snapshot();
    expect(await programs.updateProgramDetailsAction(details(program.id))).toMatchObject({ status: 403 });
    expect(await programs.addGoalAction({ programId: program.id, title: "A goal", objective: "A measure of it" })).toMatchObject({
      status: 403,
    });
    expect(
      await programs.addQuestionAction({
        programId: program.id,
        prompt: "Why?",
        kind: "SHORT_TEXT",
        audience: "BOTH",
        options: "",
        required: false,
        useForMatching: false,
      }),
    ).toMatchObject({ status: 403 });
    expect(await programs.changeProgramStatusAction({ programId: program.id, to: "CLOSED" })).toMatchObject({ status: 403 });
    expect(await programs.duplicateProgramAction({ id: program.id })).toMatchObject({ status: 403 });
    expect(
      await programs.decideApplicationsAction({ programId: program.id, participationIds: ["x"], decision: "APPROVED", note: "" }),
    ).toMatchObject({ status: 403 });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    [{ type: "GROUP", maxGroupSize: null }, "maxGroupSize"],
    [{ endDate: "2026-01-01" }, "endDate"],
    [{ name: "x" }, "name"],
    [{ targetMentors: -3 }, "targetMentors"],
  ])("reject malformed details (%j) at the field, writing nothing", async (change, field) => {
    const program = await draftProgram();
    const before = await snapshot();
    const result = await programs.updateProgramDetailsAction({ ...details(program.id), ...change });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.[field]).toBeTruthy();
    expect(await snapshot()).toEqual(before);
  });

  it("reject a choice question with one option, or a text question used for matching", async () => {
    const program = await draftProgram();
    const one = await programs.addQuestionAction({
      programId: program.id,
      prompt: "Pick",
      kind: "SINGLE_CHOICE",
      audience: "BOTH",
      options: "Only",
      required: true,
      useForMatching: false,
    });
    expect(!one.ok && one.fieldErrors?.options).toEqual(["Give at least two options, one per line."]);
    const text = await programs.addQuestionAction({
      programId: program.id,
      prompt: "Why?",
      kind: "LONG_TEXT",
      audience: "BOTH",
      options: "",
      required: true,
      useForMatching: true,
    });
    expect(!text.ok && text.fieldErrors?.useForMatching).toEqual(["Only choice questions can be used for matching."]);
    expect(await db.applicationQuestion.count()).toBe(0);
  });

  it("will not open enrolment until the programme has goals, a code of conduct and dates", async () => {
    const program = await draftProgram();
    const refused = await programs.changeProgramStatusAction({ programId: program.id, to: "ENROLMENT" });
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(!refused.ok && refused.message).toMatch(/Add at least one goal.*code of conduct.*start and end dates/);
    expect((await db.program.findUniqueOrThrow({ where: { id: program.id } })).status).toBe("DRAFT");
    // A complete programme of the same name opens (names are unique, so the incomplete one goes first).
    await db.program.delete({ where: { id: program.id } });
    await openProgram();
  });

  it("duplicates a programme's design as a new draft", async () => {
    const program = await openProgram();
    const copy = await programs.duplicateProgramAction({ id: program.id });
    expect(copy.ok).toBe(true);
    const duplicate = await db.program.findUniqueOrThrow({
      where: { id: copy.ok ? copy.data!.id : "" },
      include: { goals: true, questions: true },
    });
    expect(duplicate).toMatchObject({
      status: "DRAFT",
      name: "Women in Engineering (copy)",
      codeOfConduct: program.codeOfConduct,
    });
    expect(duplicate.goals).toHaveLength(1);
    expect(duplicate.questions.map((q) => q.prompt)).toEqual(["Preferred format"]);
  });
});

describe("applying and reviewing", () => {
  it("records an application with its answers and the time the code of conduct was accepted", async () => {
    const program = await openProgram();
    testSession.actor = await createActor("EMPLOYEE");
    const result = await applyToProgramAction(applicationTo(program));
    expect(result).toMatchObject({ ok: true });
    const participation = await db.participation.findFirstOrThrow({
      where: { userId: testSession.actor.id },
      include: { answers: true },
    });
    expect(participation).toMatchObject({ role: "MENTOR", status: "APPLIED", capacity: 2 });
    expect(participation.codeOfConductAcceptedAt).toBeInstanceOf(Date);
    expect(participation.answers.map((a) => a.values)).toEqual([["Video call"]]);
    expect(await applyToProgramAction(applicationTo(program))).toMatchObject({ status: 409 });
  });

  it.each([
    [{ answers: {} }, "answers.QUESTION", "Answer this question to apply."],
    [{ answers: { QUESTION: ["Carrier pigeon"] } }, "answers.QUESTION", "Choose one of the options."],
    [{ acceptCodeOfConduct: false }, "acceptCodeOfConduct", "Read and accept the code of conduct to apply."],
    [{ capacity: 9 }, "capacity", "Take on at most 5 mentees."],
  ])("rejects a bad application (%j) at the field and stores nothing", async (change, field, message) => {
    const program = await openProgram();
    const id = program.questions[0]!.id;
    testSession.actor = await createActor("EMPLOYEE");
    const before = await snapshot();
    const input = applicationTo(program, change);
    if ("answers" in change)
      input.answers = Object.fromEntries(Object.entries(change.answers).map(([k, v]) => [k === "QUESTION" ? id : k, v]));
    const result = await applyToProgramAction(input);
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.fieldErrors?.[field.replace("QUESTION", id)]).toEqual([message]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses applications from outside the programme's scope, and never invites people there", async () => {
    const program = await openProgram();
    const data = await db.department.create({ data: { name: "Data" } });
    const sales = await db.department.create({ data: { name: "Sales" } });
    await programs.updateProgramDetailsAction({
      ...details(program.id),
      scopeDepartmentIds: [data.id],
      scopeLocations: "London",
    });
    const outsider = await createActor("EMPLOYEE");
    await db.user.update({ where: { id: outsider.id }, data: { departmentId: sales.id, location: "London" } });
    testSession.actor = outsider;
    // The same application from someone outside the scope, then from someone inside it.
    const application = applicationTo(program, { role: "MENTEE", capacity: 1 });
    expect(await applyToProgramAction(application)).toMatchObject({ status: 403 });
    const insider = await createActor("EMPLOYEE");
    await db.user.update({ where: { id: insider.id }, data: { departmentId: data.id, location: "london" } });
    testSession.actor = insider;
    expect(await applyToProgramAction(application)).toMatchObject({ ok: true });
    testSession.actor = await createActor("COORDINATOR");
    expect(
      await programs.inviteToProgramAction({ programId: program.id, userIds: [outsider.id], departmentIds: [], message: "" }),
    ).toMatchObject({
      ok: true,
      message: "Invited 0 people; skipped 1 already invited, taking part or outside the programme's scope.",
    });
  });

  it("refuses applications when enrolment is not open", async () => {
    const program = await draftProgram();
    testSession.actor = await createActor("EMPLOYEE");
    expect(
      await applyToProgramAction({ slug: program.slug, role: "MENTEE", capacity: 1, answers: {}, acceptCodeOfConduct: true }),
    ).toMatchObject({ status: 409 });
  });

  it("approves several applications at once and tells each applicant", async () => {
    const program = await openProgram();
    const id = program.questions[0]!.id;
    const applicants: string[] = [];
    for (const role of ["MENTOR", "MENTEE", "MENTEE"] as const) {
      testSession.actor = await createActor("EMPLOYEE");
      await applyToProgramAction(applicationTo(program, { role, answers: { [id]: ["In person"] } }));
      applicants.push((await db.participation.findFirstOrThrow({ where: { userId: testSession.actor.id } })).id);
    }
    testSession.actor = await createActor("COORDINATOR");
    expect(
      await programs.decideApplicationsAction({
        programId: program.id,
        participationIds: applicants.slice(0, 2),
        decision: "APPROVED",
        note: "Welcome!",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await programs.decideApplicationsAction({
        programId: program.id,
        participationIds: [applicants[2]!],
        decision: "WAITLISTED",
        note: "",
      }),
    ).toMatchObject({ ok: true });
    const statuses = await db.participation.findMany({
      where: { id: { in: applicants } },
      select: { id: true, status: true, decisionNote: true },
    });
    expect(statuses.map((s) => s.status).sort()).toEqual(["APPROVED", "APPROVED", "WAITLISTED"]);
    expect(await db.notification.count({ where: { subject: { contains: "approved" } } })).toBe(2);
  });
});

describe("programme blueprint", () => {
  it("records stages, budget in cents, the communication plan and who is asked to sign off", async () => {
    const program = await draftProgram();
    const added = [
      await programs.addStageAction({
        programId: program.id,
        activity: "Mentor training",
        startsOn: "2027-01-10",
        endsOn: "2027-01-12",
        owner: "L&D",
      }),
      await programs.addBudgetLineAction({
        programId: program.id,
        description: "Facilitator",
        category: "TRAINING",
        amount: "1,250.50",
      }),
      await programs.addCommunicationAction({
        programId: program.id,
        message: "Call for mentors",
        audience: "All managers",
        channel: "EMAIL",
        plannedOn: "2027-01-03",
      }),
    ];
    for (const result of added) expect(result).toMatchObject({ ok: true });
    const sponsor = await createActor("EXECUTIVE");
    expect(await programs.askSponsorAction({ programId: program.id, sponsorId: sponsor.id })).toMatchObject({ ok: true });
    expect((await db.budgetLine.findFirstOrThrow()).amountCents).toBe(125050);
    const item = await db.communicationItem.findFirstOrThrow();
    await programs.setCommunicationSentAction({ id: item.id, sent: true });
    expect((await db.communicationItem.findFirstOrThrow()).sentAt).toBeInstanceOf(Date);
    expect(await db.program.findUniqueOrThrow({ where: { id: program.id } })).toMatchObject({
      sponsorId: sponsor.id,
      sponsorAskedAt: expect.any(Date),
      sponsorSignedOffAt: null,
    });
  });

  it.each([
    ["addStageAction", { activity: "Kick-off", startsOn: "2027-02-10", endsOn: "2027-02-01", owner: "L&D" }, "endsOn"],
    ["addBudgetLineAction", { description: "Venue", category: "EVENTS", amount: "lots" }, "amount"],
    ["addBudgetLineAction", { description: "Venue", category: "BRIBES", amount: "10" }, "category"],
    ["addCommunicationAction", { message: "Hi", audience: "All", channel: "EMAIL", plannedOn: "2027-01-03" }, "message"],
    ["askSponsorAction", { sponsorId: "" }, "sponsorId"],
  ] as const)("%s rejects malformed input at the field and writes nothing", async (name, input, field) => {
    const program = await draftProgram();
    const before = await snapshot();
    const stagesBefore = await db.programStage.count();
    const result = await (programs[name] as (input: unknown) => Promise<{ ok: boolean; fieldErrors?: Record<string, string[]> }>)(
      { programId: program.id, ...input },
    );
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]?.[0]).toBeTruthy();
    expect(await snapshot()).toEqual(before);
    expect(await db.programStage.count()).toBe(stagesBefore);
  });

  it("refuses blueprint edits to employees", async () => {
    const program = await draftProgram();
    testSession.actor = await createActor("EMPLOYEE");
    expect(
      await programs.addBudgetLineAction({ programId: program.id, description: "Venue", category: "EVENTS", amount: "100" }),
    ).toMatchObject({ status: 403 });
    expect(await programs.askSponsorAction({ programId: program.id, sponsorId: testSession.actor.id })).toMatchObject({
      status: 403,
    });
    expect((await db.program.findUniqueOrThrow({ where: { id: program.id } })).sponsorId).toBeNull();
    expect(await db.budgetLine.count()).toBe(0);
  });
});
