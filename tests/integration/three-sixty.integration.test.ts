import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { closeSurvey } from "@/lib/surveys/close-survey";
import { mySurvey } from "@/lib/surveys/my-survey";
import { myThreeSixty } from "@/lib/surveys/my-three-sixty";
import { programSurveys } from "@/lib/surveys/program-surveys";
import { requestThreeSixty } from "@/lib/surveys/request-three-sixty";
import { answerSurveySchema, requestThreeSixtySchema } from "@/lib/surveys/schemas";
import { sendDueSurveys } from "@/lib/surveys/send-due-surveys";
import { surveyResults } from "@/lib/surveys/survey-results";
import { actorOf, createActor, createMatch, createParticipation, createProgram, createUser } from "../factories";
import { rowCounts } from "../support/tables";

const t0 = new Date("2027-02-01T09:00:00Z");
const day = (n: number) => addDays(t0, n);

/** A live pair whose mentee has a manager and five colleagues in the directory. */
async function pairWithColleagues() {
  const program = await createProgram({ status: "ACTIVE" });
  const mentorPart = await createParticipation(program.id, "MENTOR");
  const menteePart = await createParticipation(program.id, "MENTEE");
  const pair = await createMatch(program.id, mentorPart.id, menteePart.id);
  const manager = await actorOf((await createUser()).id);
  await db.user.update({ where: { id: menteePart.userId }, data: { managerId: manager.id } });
  const colleagues: Actor[] = [];
  for (let k = 0; k < 5; k += 1) colleagues.push(await actorOf((await createUser()).id));
  return {
    program,
    pair,
    mentee: await actorOf(menteePart.userId),
    mentor: await actorOf(mentorPart.userId),
    manager,
    colleagues,
    coordinator: await createActor("COORDINATOR"),
  };
}

const request = (pairId: string, colleagues: Actor[], overrides: Record<string, unknown> = {}) =>
  requestThreeSixtySchema.parse({
    pairId,
    phase: "START",
    behavioursText: "Explains decisions clearly\nAsks for help early\nGives useful feedback",
    colleagueIds: colleagues.map((c) => c.id),
    includeManager: true,
    ...overrides,
  });

async function rate(surveyId: string, rater: Actor, scores: number[], comment = "", share = false, now = day(1)) {
  const invite = await db.surveyInvite.findFirstOrThrow({ where: { surveyId, userId: rater.id } });
  const questions = await db.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
  const answers = Object.fromEntries(questions.map((q, k) => [q.id, q.kind === "SCALE" ? String(scores[k]) : comment]));
  return answerSurvey(rater, answerSurveySchema.parse({ inviteId: invite.id, answers, shareWithSubject: share }), now);
}

const counts = () => rowCounts("survey", "surveyInvite", "surveyResponse", "notification");

describe("asking for 360 feedback", () => {
  it("asks each chosen colleague and the manager once, however many identical requests race", async () => {
    const { pair, mentee, manager, colleagues } = await pairWithColleagues();
    const input = request(pair.id, colleagues.slice(0, 4));
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => requestThreeSixty(mentee, input, t0)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ status: 409 });
    const survey = await db.survey.findFirstOrThrow({ where: { pairId: pair.id }, include: { questions: true, invites: true } });
    expect(survey).toMatchObject({ kind: "THREE_SIXTY", phase: "START", subjectId: mentee.id, status: "LIVE" });
    expect(survey.questions.map((q) => q.kind)).toEqual(["SCALE", "SCALE", "SCALE", "LONG_TEXT"]);
    expect(survey.invites.map((i) => [i.userId, i.raterRole]).sort()).toEqual(
      [...colleagues.slice(0, 4).map((c) => [c.id, "COLLEAGUE"]), [manager.id, "MANAGER"]].sort(),
    );
    const notes = await db.notification.findMany({ where: { dedupeKey: { startsWith: "survey-invite:" } } });
    expect(notes).toHaveLength(5);
    expect(notes.find((n) => n.userId === manager.id)!.body).toContain("only if you agree");
    expect(notes.find((n) => n.userId === colleagues[0]!.id)!.body).toContain("groups of at least 3");
    // The programme's survey job never sends a 360 to an audience.
    expect((await sendDueSurveys(day(1))).invited).toBe(0);
  });

  it("refuses what cannot be asked, at the field, and writes nothing", async () => {
    const { pair, mentee, mentor, manager, colleagues } = await pairWithColleagues();
    const before = await counts();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ phase: "END" }, "phase", "Ask at the start first, so the end has something to compare with."],
      [
        { colleagueIds: [mentee.id, ...colleagues.slice(0, 3).map((c) => c.id)] },
        "colleagueIds",
        "Choose colleagues other than yourself.",
      ],
      [{ colleagueIds: [mentor.id, ...colleagues.slice(0, 3).map((c) => c.id)] }, "colleagueIds", "Leave your mentor out"],
      [{ colleagueIds: [manager.id, ...colleagues.slice(0, 3).map((c) => c.id)] }, "colleagueIds", "is your manager"],
    ];
    for (const [overrides, field, message] of refusals) {
      await expect(requestThreeSixty(mentee, request(pair.id, colleagues, overrides), t0)).rejects.toMatchObject({
        status: 422,
        fieldErrors: { [field]: [expect.stringContaining(message)] },
      });
    }
    await db.user.update({ where: { id: colleagues[4]!.id }, data: { active: false } });
    await expect(requestThreeSixty(mentee, request(pair.id, colleagues), t0)).rejects.toMatchObject({
      fieldErrors: { colleagueIds: [expect.stringContaining("no longer in the directory")] },
    });
    // Only the pair's mentee may ask.
    await expect(requestThreeSixty(mentor, request(pair.id, colleagues.slice(0, 3)), t0)).rejects.toMatchObject({ status: 404 });
    expect(await counts()).toEqual(before);

    const issues = (input: object) => requestThreeSixtySchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    const valid = {
      pairId: pair.id,
      phase: "START",
      behavioursText: "A\nB",
      colleagueIds: ["a", "b", "c"],
      includeManager: false,
    };
    expect(issues({ ...valid, colleagueIds: ["a", "b"] })).toEqual(["colleagueIds"]);
    expect(issues({ ...valid, colleagueIds: ["a", "a", "b"] })).toEqual(["colleagueIds"]);
    expect(issues({ ...valid, behavioursText: "Only one" })).toEqual(["behavioursText"]);
  });
});

describe("what the mentee sees", () => {
  it("shows colleagues only in whole groups of three, the manager's only when shared, and nobody else sees it", async () => {
    const { program, pair, mentee, manager, colleagues, coordinator } = await pairWithColleagues();
    const { surveyId } = await requestThreeSixty(mentee, request(pair.id, colleagues), t0);
    await rate(surveyId, colleagues[0]!, [2, 3, 4], "Speak up more in planning.");
    await rate(surveyId, colleagues[1]!, [3, 3, 4]);
    await rate(surveyId, manager, [4, 4, 4], "Steady progress.", false);
    let view = await myThreeSixty(mentee, pair.id, day(2));
    expect(view.rounds[0]).toMatchObject({
      colleaguesAnswered: 2,
      colleaguesShown: 0,
      manager: { answered: true, shared: false },
    });
    expect(view.rounds[0]!.behaviours.every((b) => b.colleagues === null && b.manager === null)).toBe(true);
    expect(view.rounds[0]!.colleagueComments).toEqual([]);
    expect(view.rounds[0]!.managerComment).toBeNull();

    await rate(surveyId, colleagues[2]!, [4, 3, 4], "Clear write-ups.");
    await rate(surveyId, colleagues[3]!, [5, 5, 5]);
    view = await myThreeSixty(mentee, pair.id, day(2));
    expect(view.rounds[0]).toMatchObject({ colleaguesAnswered: 4, colleaguesShown: 3 });
    expect(view.rounds[0]!.behaviours.map((b) => b.colleagues)).toEqual([3, 3, 4]);
    expect(view.rounds[0]!.colleagueComments).toEqual(["Clear write-ups.", "Speak up more in planning."]);
    expect(view.next).toBe("END");

    // The colleague's response carries no person; the manager's is told apart only by its role.
    const responses = await db.surveyResponse.findMany({ where: { surveyId } });
    expect(responses.every((r) => r.respondentId === null && r.submittedAt === null)).toBe(true);

    // The programme office and other people cannot read it.
    await expect(surveyResults(coordinator, surveyId)).rejects.toMatchObject({ status: 404 });
    await expect(closeSurvey(coordinator, surveyId)).rejects.toMatchObject({ status: 404 });
    expect(await programSurveys(coordinator, program.id)).toEqual([]);
    await expect(myThreeSixty(colleagues[0]!, pair.id, day(2))).rejects.toMatchObject({ status: 404 });
    await expect(myThreeSixty(manager, pair.id, day(2))).rejects.toMatchObject({ status: 404 });
    const managerInvite = await db.surveyInvite.findFirstOrThrow({ where: { surveyId, userId: manager.id } });
    expect((await mySurvey(manager, managerInvite.id, day(2))).rating).toEqual({
      subjectName: mentee.name,
      raterRole: "MANAGER",
    });
  });

  it("asks the end the same questions and shows the change once both can be shown", async () => {
    const { pair, mentee, manager, colleagues } = await pairWithColleagues();
    const start = await requestThreeSixty(mentee, request(pair.id, colleagues.slice(0, 3)), t0);
    for (const colleague of colleagues.slice(0, 3)) await rate(start.surveyId, colleague, [2, 3, 3]);
    const end = await requestThreeSixty(
      mentee,
      request(pair.id, colleagues.slice(0, 3), { phase: "END", behavioursText: "Ignored\nAt the end" }),
      day(150),
    );
    const prompts = (await db.surveyQuestion.findMany({ where: { surveyId: end.surveyId }, orderBy: { position: "asc" } })).map(
      (q) => q.prompt,
    );
    expect(prompts.slice(0, 3)).toEqual(["Explains decisions clearly", "Asks for help early", "Gives useful feedback"]);
    for (const colleague of colleagues.slice(0, 3)) await rate(end.surveyId, colleague, [4, 3, 5], "", false, day(151));
    await rate(end.surveyId, manager, [4, 4, 5], "Much clearer now.", true, day(151));
    const view = await myThreeSixty(mentee, pair.id, day(152));
    expect(view.change).toEqual([
      { prompt: "Explains decisions clearly", start: 2, end: 4, difference: 2 },
      { prompt: "Asks for help early", start: 3, end: 3, difference: 0 },
      { prompt: "Gives useful feedback", start: 3, end: 5, difference: 2 },
    ]);
    expect(view.rounds[1]).toMatchObject({ manager: { shared: true }, managerComment: "Much clearer now." });
    expect(view.rounds[1]!.behaviours.map((b) => b.manager)).toEqual([4, 4, 5]);
    expect(view.next).toBeNull();
    await expect(
      requestThreeSixty(mentee, request(pair.id, colleagues.slice(0, 3), { phase: "END" }), day(153)),
    ).rejects.toMatchObject({
      status: 409,
    });
  });
});
