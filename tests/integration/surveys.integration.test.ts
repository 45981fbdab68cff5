import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { myData } from "@/lib/privacy/my-data";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { closeSurvey } from "@/lib/surveys/close-survey";
import { deleteSurveyDraft } from "@/lib/surveys/delete-survey-draft";
import { myPendingSurveys } from "@/lib/surveys/my-pending-surveys";
import { mySurvey } from "@/lib/surveys/my-survey";
import { programSurveys } from "@/lib/surveys/program-surveys";
import { remindSurveys } from "@/lib/surveys/remind-surveys";
import { saveSurvey } from "@/lib/surveys/save-survey";
import { answerSurveySchema, saveSurveySchema } from "@/lib/surveys/schemas";
import { sendDueSurveys } from "@/lib/surveys/send-due-surveys";
import { surveyResults } from "@/lib/surveys/survey-results";
import { actorOf, createActor, createMatch, createParticipants, createParticipation, createProgram } from "../factories";
import { rowCounts } from "../support/tables";

const t0 = new Date("2027-01-04T09:00:00Z");
const day = (n: number) => addDays(t0, n);

/** A running programme from 4 January to 5 July 2027 with `mentees` approved mentees, an applicant and two mentors. */
async function cohort(mentees = 6) {
  const program = await createProgram({ status: "ACTIVE", name: `Surveyed ${randomUUID().slice(0, 6)}` });
  await db.program.update({
    where: { id: program.id },
    data: { startDate: new Date("2027-01-04T00:00:00Z"), endDate: new Date("2027-07-05T00:00:00Z") },
  });
  const people = await createParticipants(program.id, "MENTEE", mentees);
  const applicant = await actorOf((await createParticipation(program.id, "MENTEE", { status: "APPLIED" })).userId);
  const mentors = await createParticipants(program.id, "MENTOR", 2);
  return { program, mentees: people, applicant, mentors, coordinator: await createActor("COORDINATOR") };
}

const questions = [
  { kind: "SCALE", prompt: "How satisfied are you?", required: true, optionsText: "" },
  { kind: "SINGLE_CHOICE", prompt: "Would you take part again?", required: true, optionsText: "Yes\nMaybe\nNo" },
  { kind: "LONG_TEXT", prompt: "What should change?", required: false, optionsText: "" },
];

const surveyInput = (programId: string, overrides: Record<string, unknown> = {}) =>
  saveSurveySchema.parse({
    programId,
    requestKey: randomUUID(),
    title: "How is it going?",
    intro: "",
    anonymous: true,
    audience: "MENTEES",
    trigger: "ON_DATE",
    offsetDays: 0,
    sendOn: "2027-01-04",
    openDays: 14,
    questions,
    launch: true,
    ...overrides,
  });

async function questionIds(surveyId: string) {
  return (await db.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: "asc" } })).map((q) => q.id);
}

async function inviteOf(surveyId: string, actor: Actor) {
  return db.surveyInvite.findFirstOrThrow({ where: { surveyId, userId: actor.id } });
}

async function answerAs(surveyId: string, actor: Actor, values: [string, string, string], now = day(1)) {
  const [scale, choice, text] = await questionIds(surveyId);
  const invite = await inviteOf(surveyId, actor);
  return answerSurvey(
    actor,
    answerSurveySchema.parse({ inviteId: invite.id, answers: { [scale!]: values[0], [choice!]: values[1], [text!]: values[2] } }),
    now,
  );
}

const tableCounts = () => rowCounts("survey", "surveyQuestion", "surveyInvite", "surveyResponse", "surveyAnswer", "notification");

describe("building and starting a survey", () => {
  it("creates one survey from 20 identical parallel submissions and asks each approved mentee once", async () => {
    const { program, mentees, applicant, mentors, coordinator } = await cohort(6);
    const input = surveyInput(program.id);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => saveSurvey(coordinator, input, t0)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) {
      expect(refused.reason).toMatchObject({ status: 409 });
    }
    const survey = await db.survey.findFirstOrThrow({ where: { programId: program.id } });
    expect(survey).toMatchObject({ status: "LIVE", launchedAt: t0, createdById: coordinator.id });
    const invited = (await db.surveyInvite.findMany({ where: { surveyId: survey.id } })).map((i) => i.userId);
    expect(invited.sort()).toEqual(mentees.map((m) => m.id).sort());
    expect(invited).not.toContain(applicant.id);
    expect(invited).not.toContain(mentors[0]!.id);
    const notes = await db.notification.findMany({ where: { userId: { in: invited }, kind: "SURVEY" } });
    expect(notes).toHaveLength(6);
    expect(notes[0]!.body).toContain("anonymous");

    // Concurrent job runs and a late approval: the newcomer is asked once, nobody twice.
    const late = await actorOf((await createParticipation(program.id, "MENTEE")).userId);
    await Promise.all(Array.from({ length: 5 }, () => sendDueSurveys(day(2))));
    expect(await db.surveyInvite.count({ where: { surveyId: survey.id } })).toBe(7);
    expect(await db.notification.count({ where: { userId: late.id, kind: "SURVEY" } })).toBe(1);
    expect(await myPendingSurveys(late, day(2))).toEqual([
      expect.objectContaining({
        title: "How is it going?",
        programName: program.name,
        lastDay: new Date("2027-01-17T23:59:59.999Z"),
      }),
    ]);
    // After the answering window nobody new is asked.
    await createParticipation(program.id, "MENTEE");
    expect((await sendDueSurveys(day(15))).invited).toBe(0);
  });

  it("refuses a schedule that has passed, at its field, and saves nothing", async () => {
    const { program, coordinator } = await cohort(2);
    const before = await tableCounts();
    await expect(saveSurvey(coordinator, surveyInput(program.id, { sendOn: "2027-01-03" }), t0)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { sendOn: ["Pick today or a later day."] },
    });
    await expect(
      saveSurvey(coordinator, surveyInput(program.id, { trigger: "PROGRAM_START", offsetDays: -30 }), t0),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { offsetDays: [expect.stringContaining("has already passed")] } });
    const undated = await createProgram({ status: "ACTIVE" });
    await expect(saveSurvey(coordinator, surveyInput(undated.id, { trigger: "PROGRAM_END" }), t0)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { trigger: [expect.stringContaining("no start and end dates")] },
    });
    expect(await tableCounts()).toEqual(before);

    const empty = saveSurveySchema.safeParse({ ...surveyInput(program.id), questions: [] });
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["questions", "Add at least one question."]]);
  });

  it("keeps a draft editable until it starts, then fixes its questions", async () => {
    const { program, coordinator } = await cohort(2);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id, { launch: false }), t0);
    expect(await db.surveyInvite.count({ where: { surveyId: id } })).toBe(0);
    const edit = surveyInput(program.id, { surveyId: id, title: "Renamed", questions: [questions[0]], launch: false });
    await Promise.all(Array.from({ length: 20 }, () => saveSurvey(coordinator, edit, t0)));
    expect(await db.survey.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Renamed", status: "DRAFT" });
    expect(await questionIds(id)).toHaveLength(1);

    const launched = await saveSurvey(coordinator, { ...edit, launch: true }, t0);
    expect(launched).toEqual({ id, launched: true, invited: 2 });
    await expect(saveSurvey(coordinator, { ...edit, title: "Again" }, t0)).rejects.toMatchObject({ status: 409 });
    await expect(deleteSurveyDraft(coordinator, id)).rejects.toMatchObject({ status: 409 });

    const other = await saveSurvey(coordinator, surveyInput(program.id, { launch: false }), t0);
    const deletions = await Promise.allSettled(Array.from({ length: 20 }, () => deleteSurveyDraft(coordinator, other.id)));
    expect(deletions.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.survey.count({ where: { id: other.id } })).toBe(0);
  });

  it("sends a pair-start survey to both sides of each pair on the pair's own day", async () => {
    const { program, mentees, mentors, coordinator } = await cohort(2);
    const menteeParts = await db.participation.findMany({ where: { programId: program.id, role: "MENTEE", status: "APPROVED" } });
    const mentorParts = await db.participation.findMany({ where: { programId: program.id, role: "MENTOR" } });
    const early = await createMatch(program.id, mentorParts[0]!.id, menteeParts[0]!.id);
    const later = await createMatch(program.id, mentorParts[1]!.id, menteeParts[1]!.id);
    await db.match.update({ where: { id: early.id }, data: { startedAt: day(0) } });
    await db.match.update({ where: { id: later.id }, data: { startedAt: day(10) } });
    const { id } = await saveSurvey(
      coordinator,
      surveyInput(program.id, { audience: "EVERYONE", trigger: "PAIR_START", offsetDays: 30, openDays: 7 }),
      t0,
    );
    expect((await sendDueSurveys(day(29))).invited).toBe(0);
    expect((await sendDueSurveys(day(30))).invited).toBe(2);
    const first = await db.surveyInvite.findMany({ where: { surveyId: id } });
    expect(first.map((i) => i.userId).sort()).toEqual([mentees[0]!.id, mentors[0]!.id].sort());
    expect(first.every((i) => i.matchId === early.id && i.occasion === early.id)).toBe(true);
    expect(first[0]!.closesAt).toEqual(day(37));
    // The later pair's window is day 40 to 47; a run after it has passed sends nothing late.
    expect((await sendDueSurveys(day(48))).invited).toBe(0);
    expect((await sendDueSurveys(day(41))).invited).toBe(2);
  });

  it("lets only the programme office build surveys and read results", async () => {
    const { program, mentees, coordinator } = await cohort(1);
    await expect(saveSurvey(mentees[0]!, surveyInput(program.id), t0)).rejects.toMatchObject({ status: 403 });
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    await expect(surveyResults(mentees[0]!, id)).rejects.toMatchObject({ status: 403 });
    await expect(programSurveys(mentees[0]!, program.id)).rejects.toMatchObject({ status: 403 });
    const executive = await createActor("EXECUTIVE");
    await expect(surveyResults(executive, id)).rejects.toMatchObject({ status: 403 });
    // Someone else's invitation is not found, whether opened or answered.
    const invite = await inviteOf(id, mentees[0]!);
    const stranger = await createActor("EMPLOYEE");
    await expect(mySurvey(stranger, invite.id, day(1))).rejects.toMatchObject({ status: 404 });
    await expect(
      answerSurvey(stranger, answerSurveySchema.parse({ inviteId: invite.id, answers: {} }), day(1)),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("answering a survey", () => {
  it("stores one response from 20 identical parallel answers, with no person and no time when anonymous", async () => {
    const { program, mentees, coordinator } = await cohort(1);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => answerAs(id, mentees[0]!, ["4", "Yes", "More sessions"])),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ status: 409 });
    const responses = await db.surveyResponse.findMany({ where: { surveyId: id }, include: { answers: true } });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ respondentId: null, submittedAt: null, batch: 0 });
    expect(responses[0]!.answers).toHaveLength(3);
    expect((await inviteOf(id, mentees[0]!)).respondedAt).toEqual(day(1));

    // The response table holds nothing that leads back to an invite or a person.
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_name = 'SurveyResponse' ORDER BY column_name`;
    expect(columns.map((c) => c.column_name)).toEqual([
      "batch",
      "id",
      "raterRole",
      "respondentId",
      "sharedWithSubject",
      "submittedAt",
      "surveyId",
    ]);
    const download = await myData(mentees[0]!, day(2));
    expect(JSON.stringify(download)).not.toContain("More sessions");
    expect(download.namedSurveyAnswers).toEqual([]);
    expect(download.surveysAsked.surveys).toEqual([expect.objectContaining({ respondedAt: day(1) })]);
  });

  it("refuses wrong answers beside their questions and stores nothing", async () => {
    const { program, mentees, coordinator } = await cohort(1);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    const [scale, choice, text] = await questionIds(id);
    const before = await tableCounts();
    await expect(answerAs(id, mentees[0]!, ["7", "Perhaps", ""])).rejects.toMatchObject({
      status: 422,
      fieldErrors: { [`answers.${scale}`]: ["Choose from 1 to 5."], [`answers.${choice}`]: ["Choose from the options given."] },
    });
    await expect(answerAs(id, mentees[0]!, ["3", "Yes", "x".repeat(4001)])).rejects.toMatchObject({
      fieldErrors: { [`answers.${text}`]: ["Keep your answer under 4,000 characters."] },
    });
    expect(answerSurveySchema.safeParse({ inviteId: "x", answers: { [text!]: "x".repeat(1_000_000) } }).success).toBe(false);
    expect(await tableCounts()).toEqual(before);
    expect((await inviteOf(id, mentees[0]!)).respondedAt).toBeNull();
  });

  it("takes no answers once closed, and closes once under 20 parallel closes", async () => {
    const { program, mentees, coordinator } = await cohort(2);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    const closes = await Promise.allSettled(Array.from({ length: 20 }, () => closeSurvey(coordinator, id, day(3))));
    expect(closes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.survey.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", closedAt: day(3) });
    await expect(answerAs(id, mentees[0]!, ["4", "Yes", ""], day(4))).rejects.toMatchObject({ status: 409 });
    expect(await myPendingSurveys(mentees[0]!, day(4))).toEqual([]);
    expect((await mySurvey(mentees[0]!, (await inviteOf(id, mentees[0]!)).id, day(4))).open).toBe(false);
  });

  it("reminds each person who has not answered once, three days before their time ends", async () => {
    const { program, mentees, coordinator } = await cohort(3);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    await answerAs(id, mentees[0]!, ["4", "Yes", ""]);
    expect((await remindSurveys(day(5))).reminded).toBe(0);
    const runs = await Promise.all(Array.from({ length: 5 }, () => remindSurveys(day(11))));
    expect(runs.reduce((sum, run) => sum + run.reminded, 0)).toBe(2);
    const reminders = await db.notification.findMany({ where: { dedupeKey: { startsWith: "survey-reminder:" } } });
    expect(reminders.map((r) => r.userId).sort()).toEqual([mentees[1]!.id, mentees[2]!.id].sort());
    expect((await remindSurveys(day(12))).reminded).toBe(0);
  });
});

describe("results", () => {
  it("shows anonymous answers only in full groups of five, texts without names", async () => {
    const { program, mentees, coordinator } = await cohort(12);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id), t0);
    const answer = (k: number) => answerAs(id, mentees[k]!, [String((k % 5) + 1), k % 2 ? "Yes" : "No", `Idea ${k}`]);
    for (let k = 0; k < 4; k += 1) await answer(k);
    let results = await surveyResults(coordinator, id);
    expect(results).toMatchObject({ invited: 12, answered: 4, shown: 0 });
    expect(results.questions.every((q) => q.result === null)).toBe(true);

    await answer(4);
    results = await surveyResults(coordinator, id);
    expect(results.shown).toBe(5);
    expect(results.questions[0]!.result).toMatchObject({ kind: "SCALE", answered: 5, summary: { mean: 3 } });
    const atFive = JSON.stringify(results.questions);

    // Two more answers change nothing shown: comparing before and after gives nobody away.
    await answer(5);
    await answer(6);
    results = await surveyResults(coordinator, id);
    expect(results).toMatchObject({ answered: 7, shown: 5 });
    expect(JSON.stringify(results.questions)).toBe(atFive);

    for (let k = 7; k < 10; k += 1) await answer(k);
    results = await surveyResults(coordinator, id);
    expect(results.shown).toBe(10);
    const texts = results.questions[2]!.result;
    expect(texts).toMatchObject({ kind: "LONG_TEXT", answered: 10 });
    if (texts?.kind !== "LONG_TEXT") throw new Error("expected texts");
    expect(texts.texts.every((t) => t.by === null)).toBe(true);
    expect(texts.texts.map((t) => t.text)).toEqual([...texts.texts.map((t) => t.text)].sort((a, b) => a.localeCompare(b)));
    const [list] = await programSurveys(coordinator, program.id);
    expect(list).toMatchObject({ id, invited: 12, answered: 10, responseRate: 10 / 12, status: "LIVE" });
  });

  it("shows a named survey's answers with names, and gives the person their own answers in their download", async () => {
    const { program, mentees, coordinator } = await cohort(2);
    const { id } = await saveSurvey(coordinator, surveyInput(program.id, { anonymous: false }), t0);
    await answerAs(id, mentees[0]!, ["5", "Yes", "Keep the lunches"]);
    const response = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: id } });
    expect(response).toMatchObject({ respondentId: mentees[0]!.id, submittedAt: day(1), batch: null });
    const results = await surveyResults(coordinator, id);
    expect(results.shown).toBe(1);
    expect(results.questions[2]!.result).toEqual({
      kind: "LONG_TEXT",
      answered: 1,
      texts: [{ text: "Keep the lunches", by: mentees[0]!.name }],
    });
    const download = await myData(mentees[0]!, day(2));
    expect(JSON.stringify(download.namedSurveyAnswers)).toContain("Keep the lunches");
  });
});
