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

/** The two questions asked when a flash conversation completes: how useful it was, and the recommend question. */
export const flashPulseScaleQuestions = [{ key: "satisfaction", label: "How useful was the conversation to you?" }] as const;

export const answerFlashPulseSchema = answerPulseSchema.pick({
  inviteId: true,
  satisfaction: true,
  recommend: true,
  comment: true,
});

export type AnswerFlashPulseInput = z.output<typeof answerFlashPulseSchema>;

/** The four questions every core-group feedback round asks, on 1–5 scales, in the order the form asks them. */
export const feedbackScaleQuestions = [
  { key: "benefit", label: "How much have you gained from the programme so far?" },
  { key: "experience", label: "How would you rate your overall experience of the programme?" },
  { key: "usefulness", label: "How useful is the programme to your work?" },
  { key: "resources", label: "How useful are the programme's resources (guides, templates, training)?" },
] as const;
export type FeedbackScaleKey = (typeof feedbackScaleQuestions)[number]["key"];
export const feedbackScaleEnds = { low: "Very little", high: "Very much" } as const;
export const feedbackTextLimit = 2000;

const optionalText = (label: string) =>
  z
    .string()
    .trim()
    .max(feedbackTextLimit, `Keep ${label} under ${feedbackTextLimit.toLocaleString("en-GB")} characters.`)
    .optional()
    .transform((value) => value || undefined);

export const feedbackAudiences = ["MENTORS", "MENTEES"] as const;
export const feedbackCadences = ["MONTHLY", "QUARTERLY"] as const;
export const feedbackCadenceLabels: Record<(typeof feedbackCadences)[number], string> = {
  MONTHLY: "Monthly round",
  QUARTERLY: "Quarterly round",
};

export const openFeedbackRoundSchema = z.object({
  programId: z.string().trim().min(1, "Choose the programme."),
  audience: z.enum(feedbackAudiences, "Choose whether to ask the mentors or the mentees."),
  cadence: z.enum(feedbackCadences, "Choose a monthly or a quarterly round."),
  closesOn: z.iso.date("Enter the closing date as YYYY-MM-DD."),
});
export type OpenFeedbackRoundInput = z.output<typeof openFeedbackRoundSchema>;

export const answerFeedbackSchema = z.object({
  inviteId: z.string().trim().min(1, "Open the feedback round from your inbox or My mentoring."),
  benefit: scale("much you have gained"),
  experience: scale("you rate your experience"),
  usefulness: scale("useful the programme is"),
  resources: scale("useful the resources are"),
  benefitsText: optionalText("the benefits"),
  suggestion: optionalText("the suggestion"),
});
export type AnswerFeedbackInput = z.output<typeof answerFeedbackSchema>;

export const closeFeedbackRoundSchema = z.object({ roundId: z.string().trim().min(1) });

export const recordFeedbackActionSchema = z.object({
  roundId: z.string().trim().min(1),
  requestKey: z.uuid(),
  youSaid: z.string().trim().min(1, "Sum up what people said.").max(1000, "Keep “You said” under 1,000 characters."),
  weDid: z.string().trim().min(1, "Say what the programme office changed.").max(1000, "Keep “We did” under 1,000 characters."),
});
export type RecordFeedbackActionInput = z.output<typeof recordFeedbackActionSchema>;
