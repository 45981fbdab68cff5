import { randomUUID } from "node:crypto";
import { addDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { applyKpiTemplate } from "@/lib/kpi/kpi-rows";
import { readKpiMatrix } from "@/lib/kpi/matrix";
import { evaluateProgram } from "@/lib/kpi/program-evaluation";
import { answerSurvey } from "@/lib/surveys/answer-survey";
import { requestThreeSixty } from "@/lib/surveys/request-three-sixty";
import { saveSurvey } from "@/lib/surveys/save-survey";
import { answerSurveySchema, requestThreeSixtySchema, saveSurveySchema } from "@/lib/surveys/schemas";
import { surveyTemplate } from "@/lib/surveys/survey-templates";
import {
  actorOf,
  createActor,
  createMatch,
  createParticipants,
  createParticipation,
  createProgram,
  createUser,
} from "../factories";

const t0 = new Date("2027-03-01T09:00:00Z");
const day = (n: number) => addDays(t0, n);

async function runningProgram() {
  const program = await createProgram({ status: "ACTIVE", name: `Measured ${randomUUID().slice(0, 6)}` });
  await db.program.update({
    where: { id: program.id },
    data: { startDate: new Date("2027-01-04T00:00:00Z"), endDate: new Date("2027-12-20T00:00:00Z") },
  });
  return { program, coordinator: await createActor("COORDINATOR") };
}

/** Starts a survey from a template, sent on day 0 to the programme's mentees. */
async function launchTemplate(programId: string, coordinator: Actor, key: "reaction" | "skills-before" | "skills-after") {
  const template = surveyTemplate(key)!;
  const { id } = await saveSurvey(
    coordinator,
    saveSurveySchema.parse({
      ...template.values,
      template: key,
      programId,
      requestKey: randomUUID(),
      audience: "MENTEES",
      trigger: "ON_DATE",
      sendOn: "2027-03-01",
      launch: true,
    }),
    t0,
  );
  return id;
}

/** Answers every scale question with `score` (and leaves the optional text empty). */
async function answerAll(surveyId: string, person: Actor, score: number, now = day(1)) {
  const invite = await db.surveyInvite.findFirstOrThrow({ where: { surveyId, userId: person.id } });
  const questions = await db.surveyQuestion.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
  const answers = Object.fromEntries(
    questions.map((q) => [
      q.id,
      q.kind === "SCALE"
        ? String(score)
        : q.kind === "NPS"
          ? "8"
          : q.kind === "SINGLE_CHOICE"
            ? q.options[0]!
            : q.kind === "MULTIPLE_CHOICE"
              ? [q.options[0]!]
              : "",
    ]),
  );
  await answerSurvey(person, answerSurveySchema.parse({ inviteId: invite.id, answers, shareWithSubject: false }), now);
}

describe("KPI figures from pulses, questionnaires, 360 feedback and goals", () => {
  it("averages the reaction survey over whole groups of five anonymous answers only", async () => {
    const { program, coordinator } = await runningProgram();
    const mentees = await createParticipants(program.id, "MENTEE", 7);
    const surveyId = await launchTemplate(program.id, coordinator, "reaction");

    // Four answers: no whole group yet, so no figure.
    for (const [k, mentee] of mentees.slice(0, 4).entries()) await answerAll(surveyId, mentee, [5, 4, 4, 3][k]!);
    expect((await evaluateProgram(program.id, day(2))).metrics.REACTION_SCORE).toMatchObject({
      value: null,
      note: "Fewer than 5 reaction survey answers.",
    });

    // The fifth completes the first group; the sixth and seventh wait for theirs and move nothing.
    await answerAll(surveyId, mentees[4]!, 4);
    await answerAll(surveyId, mentees[5]!, 1);
    await answerAll(surveyId, mentees[6]!, 1);
    const reaction = (await evaluateProgram(program.id, day(2))).metrics.REACTION_SCORE;
    expect(reaction.sampleSize).toBe(5);
    expect(reaction.value).toBeCloseTo((5 + 4 + 4 + 3 + 4) / 5, 6);
  });

  it("compares the skills self-assessment after with before, on the questions both asked", async () => {
    const { program, coordinator } = await runningProgram();
    const mentees = await createParticipants(program.id, "MENTEE", 5);
    const before = await launchTemplate(program.id, coordinator, "skills-before");
    const after = await launchTemplate(program.id, coordinator, "skills-after");
    for (const [k, mentee] of mentees.entries()) {
      await answerAll(before, mentee, [2, 3, 2, 3, 2][k]!);
      await answerAll(after, mentee, [4, 4, 3, 4, 4][k]!);
    }
    const skills = (await evaluateProgram(program.id, day(2))).metrics.SKILLS_CHANGE;
    expect(skills.value).toBeCloseTo(3.8 - 2.4, 6);
    expect(skills.sampleSize).toBe(5);
    expect(skills.inputs).toContainEqual({ label: "Questions asked both before and after", value: "4" });
  });

  it("averages each mentee's change in colleagues' 360 ratings, leaving the manager's answers out", async () => {
    const { program } = await runningProgram();
    for (let k = 0; k < 5; k += 1) {
      const mentor = await createParticipation(program.id, "MENTOR");
      const menteePart = await createParticipation(program.id, "MENTEE");
      const pair = await createMatch(program.id, mentor.id, menteePart.id);
      const mentee = await actorOf(menteePart.userId);
      const manager = await actorOf((await createUser()).id);
      await db.user.update({ where: { id: mentee.id }, data: { managerId: manager.id } });
      const colleagues: Actor[] = [];
      for (let c = 0; c < 3; c += 1) colleagues.push(await actorOf((await createUser()).id));
      for (const [phase, colleagueScore, when] of [
        ["START", 2, day(0)],
        ["END", 3 + (k % 2), day(120)],
      ] as const) {
        await requestThreeSixty(
          mentee,
          requestThreeSixtySchema.parse({
            pairId: pair.id,
            phase,
            behavioursText: "Explains decisions clearly\nAsks for help early",
            colleagueIds: colleagues.map((c) => c.id),
            includeManager: true,
          }),
          when,
        );
        const survey = await db.survey.findFirstOrThrow({ where: { pairId: pair.id, phase } });
        for (const colleague of colleagues) await answerAll(survey.id, colleague, colleagueScore, addDays(when, 1));
        // A manager who rates 1 at the start and 5 at the end would move the figure if counted.
        await answerAll(survey.id, manager, phase === "START" ? 1 : 5, addDays(when, 1));
      }
    }
    const change = (await evaluateProgram(program.id, day(130))).metrics.THREE_SIXTY_CHANGE;
    // Mentees 0, 2, 4 rose from 2 to 3; mentees 1 and 3 from 2 to 4.
    expect(change.value).toBeCloseTo((1 + 2 + 1 + 2 + 1) / 5, 6);
    expect(change.sampleSize).toBe(5);
  });

  it("counts pair goals done against all goals, and withholds the figure below five goals", async () => {
    const { program } = await runningProgram();
    const mentor = await createParticipation(program.id, "MENTOR");
    const mentee = await createParticipation(program.id, "MENTEE");
    const pair = await createMatch(program.id, mentor.id, mentee.id);
    const goal = (status: "NOT_STARTED" | "ON_TRACK" | "DONE" | "DROPPED") =>
      db.pairGoal.create({
        data: { matchId: pair.id, title: `Goal ${randomUUID().slice(0, 4)}`, measure: "m", target: "t", dueOn: day(60), status },
      });
    for (const status of ["DONE", "DONE", "ON_TRACK", "DROPPED"] as const) await goal(status);
    expect((await evaluateProgram(program.id, day(2))).metrics.GOALS_MET.value).toBeNull();
    await goal("NOT_STARTED");
    expect((await evaluateProgram(program.id, day(2))).metrics.GOALS_MET).toMatchObject({ value: 2 / 5, sampleSize: 5 });
  });

  it("shows a metric newer than the stored figures as not computed yet, never as a crash", async () => {
    const { program, coordinator } = await runningProgram();
    await applyKpiTemplate(coordinator, { programId: program.id, template: "retention" });
    await readKpiMatrix(coordinator, program.id, day(1));
    // Figures stored by a release that did not know the reaction metric yet.
    await db.$executeRaw`UPDATE "EvaluationSnapshot" SET payload = payload #- '{metrics,REACTION_SCORE}'`;
    const matrix = await readKpiMatrix(coordinator, program.id, day(1));
    expect(matrix.rows.find((row) => row.metric === "REACTION_SCORE")).toMatchObject({
      actualText: "Not enough data",
      actual: { value: null, note: "Not computed yet: the next refresh of the figures adds it." },
    });
  });
});
