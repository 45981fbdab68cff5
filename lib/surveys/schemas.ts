import { z } from "zod";

/** The four pulse questions, in the order the form asks them. */
export const pulseScaleQuestions = [
  { key: "satisfaction", label: "How satisfied are you with your mentoring relationship?" },
  { key: "progress", label: "How much progress are you making towards your goals?" },
  { key: "fit", label: "How well does your pairing fit you?" },
] as const;

export type PulseScaleKey = (typeof pulseScaleQuestions)[number]["key"];

export const pulseRecommendQuestion = {
  key: "recommend",
  label: "How likely are you to recommend this programme to a colleague?",
} as const;

/** What 1 and 5 mean on every 1–5 question. */
export const pulseScaleEnds = { low: "Not at all", high: "Very" } as const;
/** What 0 and 10 mean on the recommend question. */
export const pulseRecommendEnds = { low: "Not at all likely", high: "Extremely likely" } as const;

export const pulseCommentLimit = 2000;

/** One value chosen from a row of radios; nothing chosen (null or "") is an error, never a 0. */
const choice = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (value === null || value === "" ? undefined : value),
    z.coerce.number(message).int(message).min(min, message).max(max, message),
  );

const scale = (what: string) => choice(1, 5, `Choose how ${what}, from 1 to 5.`);

export const answerPulseSchema = z.object({
  inviteId: z.string().trim().min(1, "Open the pulse from your inbox or My mentoring."),
  satisfaction: scale("satisfied you are"),
  progress: scale("much progress you are making"),
  fit: scale("well the pairing fits"),
  recommend: choice(0, 10, "Choose from 0 to 10 how likely you are to recommend the programme."),
  comment: z
    .string()
    .trim()
    .max(pulseCommentLimit, `Keep the comment under ${pulseCommentLimit.toLocaleString("en-GB")} characters.`)
    .optional()
    .transform((value) => value || undefined),
});

export type AnswerPulseInput = z.output<typeof answerPulseSchema>;
