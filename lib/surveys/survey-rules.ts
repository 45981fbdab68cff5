import { addDays, differenceInCalendarDays } from "date-fns";
import { minimumGroupSize } from "@/lib/kpi/health";
import { formatDate } from "@/lib/format";
import { netPromoterScore, summariseScale, type QuestionSummary } from "@/lib/surveys/pulse-rules";
import { surveyLimits, type SurveyQuestionKind, type SurveyTrigger } from "@/lib/surveys/schemas";

export interface SurveySchedule {
  trigger: SurveyTrigger;
  offsetDays: number;
  /** Midnight UTC of the day an ON_DATE survey is sent. */
  sendOn: Date | null;
  openDays: number;
}

export interface ProgramDates {
  startDate: Date | null;
  endDate: Date | null;
}

/** The occasion of a programme-wide survey: every pair's own survey uses the pair's id instead. */
export const programOccasion = "programme";

/**
 * When a programme-wide survey is sent, or null when the programme lacks the date it counts from.
 * PAIR_START surveys have one moment per pair: see pairSendAt.
 */
export function programSendAt(schedule: SurveySchedule, program: ProgramDates): Date | null {
  switch (schedule.trigger) {
    case "ON_DATE":
      return schedule.sendOn;
    case "PROGRAM_START":
      return program.startDate && addDays(program.startDate, schedule.offsetDays);
    case "PROGRAM_END":
      return program.endDate && addDays(program.endDate, schedule.offsetDays);
    case "PROGRAM_MIDPOINT": {
      if (!program.startDate || !program.endDate) return null;
      const half = Math.floor(differenceInCalendarDays(program.endDate, program.startDate) / 2);
      return addDays(program.startDate, half + schedule.offsetDays);
    }
    case "PAIR_START":
      return null;
  }
}

export function pairSendAt(schedule: SurveySchedule, pairStartedAt: Date): Date {
  return addDays(pairStartedAt, schedule.offsetDays);
}

/** Until when someone asked at `sentAt` may answer. */
export function answerDeadline(sentAt: Date, openDays: number): Date {
  return addDays(sentAt, openDays);
}

/**
 * Whether an occasion is due now: its moment has come and its answering window has not passed. A
 * job that runs late still sends; an occasion whose window has gone by is skipped, not sent stale.
 */
export function occasionIsDue(sendAt: Date, openDays: number, now: Date): boolean {
  return sendAt <= now && now < answerDeadline(sendAt, openDays);
}

const eventWords: Record<Exclude<SurveyTrigger, "ON_DATE">, { at: string; after: string; before: string }> = {
  PAIR_START: { at: "When each pair starts", after: "after each pair starts", before: "before each pair starts" },
  PROGRAM_START: { at: "When the programme starts", after: "after the programme starts", before: "before the programme starts" },
  PROGRAM_MIDPOINT: {
    at: "At the programme's mid-point",
    after: "after the programme's mid-point",
    before: "before the programme's mid-point",
  },
  PROGRAM_END: { at: "When the programme ends", after: "after the programme ends", before: "before the programme ends" },
};

/** The schedule in words: "30 days after each pair starts", "On 12 January 2027". */
export function describeSchedule(schedule: Pick<SurveySchedule, "trigger" | "offsetDays" | "sendOn">): string {
  if (schedule.trigger === "ON_DATE") return `On ${formatDate(schedule.sendOn)}`;
  const words = eventWords[schedule.trigger];
  const days = Math.abs(schedule.offsetDays);
  if (days === 0) return words.at;
  return `${days} ${days === 1 ? "day" : "days"} ${schedule.offsetDays > 0 ? words.after : words.before}`;
}

export interface SurveyQuestionShape {
  id: string;
  kind: SurveyQuestionKind;
  prompt: string;
  required: boolean;
  options: string[];
}

export interface CheckedAnswer {
  questionId: string;
  number: number | null;
  choices: string[];
  text: string | null;
}

type RawAnswer = string | string[] | boolean | null | undefined;

const scaleRange: Partial<Record<SurveyQuestionKind, [number, number]>> = { SCALE: [1, 5], NPS: [0, 10] };

function asList(raw: RawAnswer): string[] {
  if (Array.isArray(raw)) return raw;
  return typeof raw === "string" && raw !== "" ? [raw] : [];
}

/**
 * Checks one person's answers against the survey's questions: each answer must be of its
 * question's kind and every required question answered. Errors are keyed `answers.<questionId>`,
 * so each one appears beside its question; unanswered optional questions store nothing.
 */
export function checkSurveyAnswers(
  questions: SurveyQuestionShape[],
  raw: Record<string, RawAnswer>,
): { answers: CheckedAnswer[]; fieldErrors: Record<string, string[]> } {
  const answers: CheckedAnswer[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const question of questions) {
    const value = raw[question.id];
    const fail = (message: string) => (fieldErrors[`answers.${question.id}`] = [message]);
    const range = scaleRange[question.kind];
    if (range) {
      const [min, max] = range;
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") {
        if (question.required) fail(`Choose from ${min} to ${max}.`);
        continue;
      }
      const number = Number(text);
      if (!Number.isInteger(number) || number < min || number > max) fail(`Choose from ${min} to ${max}.`);
      else answers.push({ questionId: question.id, number, choices: [], text: null });
      continue;
    }
    if (question.kind === "SINGLE_CHOICE" || question.kind === "MULTIPLE_CHOICE") {
      const chosen = [...new Set(asList(value))];
      if (chosen.length === 0) {
        if (question.required) fail(question.kind === "SINGLE_CHOICE" ? "Choose one." : "Choose at least one.");
        continue;
      }
      if (chosen.some((option) => !question.options.includes(option))) fail("Choose from the options given.");
      else if (question.kind === "SINGLE_CHOICE" && chosen.length > 1) fail("Choose only one.");
      else answers.push({ questionId: question.id, number: null, choices: chosen, text: null });
      continue;
    }
    const limit = question.kind === "SHORT_TEXT" ? surveyLimits.shortText : surveyLimits.longText;
    const text = typeof value === "string" ? value.trim() : "";
    if (text === "") {
      if (question.required) fail("Write an answer.");
      continue;
    }
    if (text.length > limit) fail(`Keep your answer under ${limit.toLocaleString("en-GB")} characters.`);
    else answers.push({ questionId: question.id, number: null, choices: [], text });
  }
  return { answers, fieldErrors };
}

export type QuestionResult =
  | { kind: "SCALE"; answered: number; summary: QuestionSummary }
  | { kind: "NPS"; answered: number; summary: QuestionSummary; netPromoterScore: number }
  | { kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE"; answered: number; options: { option: string; count: number }[] }
  | { kind: "SHORT_TEXT" | "LONG_TEXT"; answered: number; texts: { text: string; by: string | null }[] };

/**
 * Aggregates the answers to one question. Texts come back in the order given (the caller orders
 * them so the order gives nothing away) with a name only when the survey is named.
 */
export function summariseQuestion(
  question: Pick<SurveyQuestionShape, "kind" | "options">,
  answers: { number: number | null; choices: string[]; text: string | null; by: string | null }[],
): QuestionResult {
  const answered = answers.length;
  switch (question.kind) {
    case "SCALE":
    case "NPS": {
      const [min, max] = scaleRange[question.kind]!;
      const values = answers.flatMap((a) => (a.number === null ? [] : [a.number]));
      const summary = summariseScale(values, min, max);
      return question.kind === "SCALE"
        ? { kind: "SCALE", answered, summary }
        : { kind: "NPS", answered, summary, netPromoterScore: netPromoterScore(values) };
    }
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return {
        kind: question.kind,
        answered,
        options: question.options.map((option) => ({
          option,
          count: answers.filter((a) => a.choices.includes(option)).length,
        })),
      };
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return { kind: question.kind, answered, texts: answers.flatMap((a) => (a.text ? [{ text: a.text, by: a.by }] : [])) };
  }
}

/** The last day someone can answer: the day before a midnight deadline, else the deadline's own day. */
export function lastAnswerDay(closesAt: Date): Date {
  return new Date(closesAt.getTime() - 1);
}

/** How many days before its deadline an unanswered invite is reminded, once. */
export const surveyReminderDaysBefore = 3;

/**
 * Why a survey cannot start sending on this schedule, at the field to fix, or null when it can.
 * A pair-start survey always can: it waits for each pair's day.
 */
export function launchProblem(
  schedule: SurveySchedule,
  program: ProgramDates,
  now: Date,
): { field: "sendOn" | "trigger" | "offsetDays"; message: string } | null {
  if (schedule.trigger === "PAIR_START") return null;
  const sendAt = programSendAt(schedule, program);
  if (!sendAt) {
    return {
      field: "trigger",
      message: "The programme has no start and end dates yet: set them on the Design tab, or send on a date.",
    };
  }
  if (schedule.trigger === "ON_DATE") {
    return sendAt < startOfUtcDay(now) ? { field: "sendOn", message: "Pick today or a later day." } : null;
  }
  if (answerDeadline(sendAt, schedule.openDays) <= now) {
    return {
      field: "offsetDays",
      message: `That is ${formatDate(sendAt)}, and the time to answer has already passed. Choose a later day.`,
    };
  }
  return null;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * Anonymous results grow in steps of the minimum group size: the answer that arrives after
 * `earlier` others belongs to group floor(earlier / size), and only full groups are shown.
 */
export function responseBatch(earlier: number, size = minimumGroupSize): number {
  return Math.floor(earlier / size);
}

/** How many groups of answers are full, and so may be shown, out of `answered`. */
export function fullBatches(answered: number, size = minimumGroupSize): number {
  return Math.floor(answered / size);
}
