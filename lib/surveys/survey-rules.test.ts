import { describe, expect, it } from "vitest";
import { saveSurveySchema } from "@/lib/surveys/schemas";
import {
  checkSurveyAnswers,
  describeSchedule,
  fullBatches,
  launchProblem,
  occasionIsDue,
  pairSendAt,
  programSendAt,
  responseBatch,
  summariseQuestion,
  type SurveyQuestionShape,
  type SurveySchedule,
} from "@/lib/surveys/survey-rules";

const program = { startDate: new Date("2027-01-04T00:00:00Z"), endDate: new Date("2027-07-05T00:00:00Z") };
const schedule = (overrides: Partial<SurveySchedule>): SurveySchedule => ({
  trigger: "PROGRAM_START",
  offsetDays: 0,
  sendOn: null,
  openDays: 14,
  ...overrides,
});

describe("when a survey is sent", () => {
  it("counts days from the programme's start, mid-point or end, or from each pair's start", () => {
    expect(programSendAt(schedule({ offsetDays: 7 }), program)).toEqual(new Date("2027-01-11T00:00:00Z"));
    // 182 days from 4 January to 5 July: the mid-point is 91 days in.
    expect(programSendAt(schedule({ trigger: "PROGRAM_MIDPOINT" }), program)).toEqual(new Date("2027-04-05T00:00:00Z"));
    expect(programSendAt(schedule({ trigger: "PROGRAM_END", offsetDays: -7 }), program)).toEqual(
      new Date("2027-06-28T00:00:00Z"),
    );
    expect(programSendAt(schedule({ trigger: "ON_DATE", sendOn: new Date("2027-02-01T00:00:00Z") }), program)).toEqual(
      new Date("2027-02-01T00:00:00Z"),
    );
    expect(programSendAt(schedule({ trigger: "PROGRAM_END" }), { startDate: null, endDate: null })).toBeNull();
    expect(pairSendAt(schedule({ trigger: "PAIR_START", offsetDays: 30 }), new Date("2027-01-10T14:00:00Z"))).toEqual(
      new Date("2027-02-09T14:00:00Z"),
    );
  });

  it("is due from its moment until its answering window ends, and not after", () => {
    const at = new Date("2027-01-11T00:00:00Z");
    expect(occasionIsDue(at, 14, new Date("2027-01-10T23:59:59Z"))).toBe(false);
    expect(occasionIsDue(at, 14, at)).toBe(true);
    expect(occasionIsDue(at, 14, new Date("2027-01-24T23:59:59Z"))).toBe(true);
    expect(occasionIsDue(at, 14, new Date("2027-01-25T00:00:00Z"))).toBe(false);
  });

  it("says the schedule in words", () => {
    expect(describeSchedule({ trigger: "PAIR_START", offsetDays: 30, sendOn: null })).toBe("30 days after each pair starts");
    expect(describeSchedule({ trigger: "PAIR_START", offsetDays: 1, sendOn: null })).toBe("1 day after each pair starts");
    expect(describeSchedule({ trigger: "PROGRAM_END", offsetDays: -7, sendOn: null })).toBe("7 days before the programme ends");
    expect(describeSchedule({ trigger: "PROGRAM_MIDPOINT", offsetDays: 0, sendOn: null })).toBe("At the programme's mid-point");
    expect(describeSchedule({ trigger: "ON_DATE", offsetDays: 0, sendOn: new Date("2027-02-01T00:00:00Z") })).toBe(
      "On 1 Feb 2027",
    );
  });

  it("refuses to start on a schedule whose moment has passed, at the field to fix", () => {
    const now = new Date("2027-03-01T10:00:00Z");
    expect(launchProblem(schedule({ trigger: "ON_DATE", sendOn: new Date("2027-02-28T00:00:00Z") }), program, now)).toEqual({
      field: "sendOn",
      message: "Pick today or a later day.",
    });
    expect(launchProblem(schedule({ trigger: "ON_DATE", sendOn: new Date("2027-03-01T00:00:00Z") }), program, now)).toBeNull();
    expect(launchProblem(schedule({ offsetDays: 7 }), program, now)).toMatchObject({ field: "offsetDays" });
    // Its moment has passed but people can still answer: it is sent now, with the time left.
    expect(launchProblem(schedule({ offsetDays: 50, openDays: 14 }), program, now)).toBeNull();
    expect(launchProblem(schedule({ trigger: "PROGRAM_END" }), { startDate: null, endDate: null }, now)).toMatchObject({
      field: "trigger",
    });
    expect(launchProblem(schedule({ trigger: "PAIR_START", offsetDays: -90 }), program, now)).toBeNull();
  });
});

const questions: SurveyQuestionShape[] = [
  { id: "scale", kind: "SCALE", prompt: "Satisfied?", required: true, options: [] },
  { id: "nps", kind: "NPS", prompt: "Recommend?", required: false, options: [] },
  { id: "one", kind: "SINGLE_CHOICE", prompt: "Again?", required: true, options: ["Yes", "No"] },
  { id: "many", kind: "MULTIPLE_CHOICE", prompt: "Helped with?", required: false, options: ["Career", "Skills", "Confidence"] },
  { id: "short", kind: "SHORT_TEXT", prompt: "One word", required: false, options: [] },
  { id: "long", kind: "LONG_TEXT", prompt: "Tell us", required: false, options: [] },
];

describe("checking one person's answers", () => {
  it("keeps answers of the right kind and leaves out unanswered optional questions", () => {
    const { answers, fieldErrors } = checkSurveyAnswers(questions, {
      scale: "4",
      nps: "",
      one: "Yes",
      many: ["Career", "Confidence", "Career"],
      short: "  Clarity ",
      long: "",
    });
    expect(fieldErrors).toEqual({});
    expect(answers).toEqual([
      { questionId: "scale", number: 4, choices: [], text: null },
      { questionId: "one", number: null, choices: ["Yes"], text: null },
      { questionId: "many", number: null, choices: ["Career", "Confidence"], text: null },
      { questionId: "short", number: null, choices: [], text: "Clarity" },
    ]);
  });

  it("puts each problem beside its question", () => {
    const { fieldErrors } = checkSurveyAnswers(questions, {
      scale: "6",
      nps: "11",
      one: "Perhaps",
      many: ["Career", "Golf"],
      short: "x".repeat(201),
      long: "y".repeat(4001),
    });
    expect(fieldErrors).toEqual({
      "answers.scale": ["Choose from 1 to 5."],
      "answers.nps": ["Choose from 0 to 10."],
      "answers.one": ["Choose from the options given."],
      "answers.many": ["Choose from the options given."],
      "answers.short": ["Keep your answer under 200 characters."],
      "answers.long": ["Keep your answer under 4,000 characters."],
    });
    expect(checkSurveyAnswers(questions, {}).fieldErrors).toEqual({
      "answers.scale": ["Choose from 1 to 5."],
      "answers.one": ["Choose one."],
    });
    expect(checkSurveyAnswers(questions, { scale: "3", one: ["Yes", "No"] }).fieldErrors).toEqual({
      "answers.one": ["Choose only one."],
    });
  });
});

describe("summarising a question", () => {
  const of = (values: Partial<{ number: number; choices: string[]; text: string; by: string }>[]) =>
    values.map((v) => ({ number: v.number ?? null, choices: v.choices ?? [], text: v.text ?? null, by: v.by ?? null }));

  it("gives a scale's mean and distribution, and an NPS its score", () => {
    const scale = summariseQuestion(
      { kind: "SCALE", options: [] },
      of([{ number: 5 }, { number: 4 }, { number: 4 }, { number: 1 }]),
    );
    expect(scale).toMatchObject({ kind: "SCALE", answered: 4, summary: { mean: 3.5 } });
    if (scale.kind !== "SCALE") throw new Error("expected a scale");
    expect(scale.summary.distribution.map((d) => d.count)).toEqual([1, 0, 0, 2, 1]);
    // 2 promoters (9, 10), 1 passive (8), 2 detractors (6, 0): (2 − 2) / 5 = 0; then 3 promoters of 5 = 60 − 20.
    expect(summariseQuestion({ kind: "NPS", options: [] }, of([10, 9, 8, 6, 0].map((number) => ({ number }))))).toMatchObject({
      netPromoterScore: 0,
    });
    expect(summariseQuestion({ kind: "NPS", options: [] }, of([10, 9, 9, 8, 3].map((number) => ({ number }))))).toMatchObject({
      netPromoterScore: 40,
    });
  });

  it("counts each choice, and lists texts with a name only when given one", () => {
    expect(
      summariseQuestion({ kind: "MULTIPLE_CHOICE", options: ["A", "B", "C"] }, of([{ choices: ["A", "B"] }, { choices: ["A"] }])),
    ).toEqual({
      kind: "MULTIPLE_CHOICE",
      answered: 2,
      options: [
        { option: "A", count: 2 },
        { option: "B", count: 1 },
        { option: "C", count: 0 },
      ],
    });
    expect(summariseQuestion({ kind: "LONG_TEXT", options: [] }, of([{ text: "Good" }]))).toEqual({
      kind: "LONG_TEXT",
      answered: 1,
      texts: [{ text: "Good", by: null }],
    });
  });
});

describe("anonymous answers in groups of five", () => {
  it("numbers answers into groups and shows only full groups", () => {
    expect([0, 1, 4, 5, 9, 10].map((earlier) => responseBatch(earlier))).toEqual([0, 0, 0, 1, 1, 2]);
    expect([0, 4, 5, 9, 10, 12].map((answered) => fullBatches(answered))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("the builder's schema", () => {
  const valid = {
    programId: "p",
    requestKey: "0b8e3c9e-2f7c-4c1e-9f60-0d1f2e3a4b5c",
    title: "Mid-point",
    intro: "",
    anonymous: true,
    audience: "EVERYONE",
    trigger: "PAIR_START",
    offsetDays: "30",
    sendOn: "",
    openDays: "14",
    questions: [{ kind: "SINGLE_CHOICE", prompt: "Again?", required: true, optionsText: "Yes\n\n No \n" }],
  };

  it("turns the choices typed one per line into a list", () => {
    const parsed = saveSurveySchema.parse(valid);
    expect(parsed.questions[0]!.options).toEqual(["Yes", "No"]);
    expect(parsed.offsetDays).toBe(30);
    expect(parsed.launch).toBe(false);
  });

  it("refuses a survey with no questions, a choice with one option, a missing date, at the field", () => {
    const issues = (input: object) =>
      saveSurveySchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues({ ...valid, questions: [] })).toEqual([["questions", "Add at least one question."]]);
    expect(issues({ ...valid, questions: [{ ...valid.questions[0], optionsText: "Yes" }] })).toEqual([
      ["questions.0.optionsText", "Give at least two choices, one per line."],
    ]);
    expect(issues({ ...valid, questions: [{ ...valid.questions[0], optionsText: "Yes\nyes" }] })).toEqual([
      ["questions.0.optionsText", "Each choice must be different."],
    ]);
    expect(issues({ ...valid, trigger: "ON_DATE", sendOn: "next week" })).toEqual([
      ["sendOn", "Enter the day to send it, as YYYY-MM-DD."],
    ]);
    expect(issues({ ...valid, openDays: "1", offsetDays: "400" })?.map(([path]) => path)).toEqual(["offsetDays", "openDays"]);
  });
});
