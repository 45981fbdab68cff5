import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

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
export const feedbackCadenceLabels = vocabulary.surveys.feedbackCadence;
export const feedbackCadences = choiceKeys(feedbackCadenceLabels);

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

export const surveyQuestionKindLabels = vocabulary.surveys.questionKind;
export const surveyQuestionKinds = choiceKeys(surveyQuestionKindLabels);
export type SurveyQuestionKind = (typeof surveyQuestionKinds)[number];
export const surveyAudienceLabels = vocabulary.surveys.audience;
export const surveyAudiences = choiceKeys(surveyAudienceLabels);
export const surveyTriggerLabels = vocabulary.surveys.trigger;
export const surveyTriggers = choiceKeys(surveyTriggerLabels);
export type SurveyTrigger = (typeof surveyTriggers)[number];
/** Limits a survey's builder and its answers enforce. */
export const surveyLimits = {
  questions: 30,
  options: 12,
  prompt: 300,
  option: 120,
  title: 120,
  intro: 1000,
  shortText: 200,
  longText: 4000,
  minOffsetDays: -90,
  maxOffsetDays: 365,
  minOpenDays: 3,
  maxOpenDays: 60,
} as const;

const wholeDays = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (value === null || value === "" ? undefined : value),
    z.coerce.number(message).int(message).min(min, message).max(max, message),
  );

export const surveyQuestionSchema = z
  .object({
    kind: z.enum(surveyQuestionKinds, "Choose the kind of question."),
    prompt: z
      .string()
      .trim()
      .min(1, "Write the question.")
      .max(surveyLimits.prompt, `Keep the question under ${surveyLimits.prompt} characters.`),
    required: z.boolean().default(true),
    /** One choice per line, as typed in the builder. */
    optionsText: z.string().max(5000, "Keep the choices shorter.").default(""),
  })
  .transform(({ optionsText, ...question }) => ({
    ...question,
    options:
      question.kind === "SINGLE_CHOICE" || question.kind === "MULTIPLE_CHOICE"
        ? optionsText
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
        : [],
  }))
  .superRefine((question, context) => {
    if (question.kind !== "SINGLE_CHOICE" && question.kind !== "MULTIPLE_CHOICE") return;
    const issue = (message: string) => context.addIssue({ code: "custom", path: ["optionsText"], message });
    if (question.options.length < 2) issue("Give at least two choices, one per line.");
    else if (question.options.length > surveyLimits.options) issue(`Give at most ${surveyLimits.options} choices.`);
    else if (new Set(question.options.map((o) => o.toLowerCase())).size !== question.options.length) {
      issue("Each choice must be different.");
    } else if (question.options.some((o) => o.length > surveyLimits.option)) {
      issue(`Keep each choice under ${surveyLimits.option} characters.`);
    }
  });

/** The templates a survey can start from; the KPI matrix reads the reaction and skills surveys by theirs. */
export const surveyTemplateKeys = ["reaction", "skills-before", "skills-after", "mentor-review", "pairing-check"] as const;
export type SurveyTemplateKey = (typeof surveyTemplateKeys)[number];

export const saveSurveySchema = z
  .object({
    programId: z.string().trim().min(1, "Choose the programme."),
    /** Absent when the survey is new. */
    surveyId: z.string().trim().optional(),
    requestKey: z.uuid(),
    title: z
      .string()
      .trim()
      .min(1, "Give the survey a title.")
      .max(surveyLimits.title, `Keep the title under ${surveyLimits.title} characters.`),
    intro: z
      .string()
      .trim()
      .max(surveyLimits.intro, `Keep the introduction under ${surveyLimits.intro.toLocaleString("en-GB")} characters.`)
      .default(""),
    anonymous: z.boolean(),
    audience: z.enum(surveyAudiences, "Choose who is asked."),
    trigger: z.enum(surveyTriggers, "Choose when it is sent."),
    offsetDays: wholeDays(
      surveyLimits.minOffsetDays,
      surveyLimits.maxOffsetDays,
      `Enter a whole number of days from ${surveyLimits.minOffsetDays} to ${surveyLimits.maxOffsetDays}.`,
    ),
    sendOn: z.string().trim().default(""),
    openDays: wholeDays(
      surveyLimits.minOpenDays,
      surveyLimits.maxOpenDays,
      `Give people ${surveyLimits.minOpenDays} to ${surveyLimits.maxOpenDays} days to answer.`,
    ),
    questions: z
      .array(surveyQuestionSchema)
      .min(1, "Add at least one question.")
      .max(surveyLimits.questions, `A survey can have at most ${surveyLimits.questions} questions.`),
    /** The template it started from, if any. */
    template: z.enum(surveyTemplateKeys).nullable().default(null),
    /** Save and start sending, rather than keep it as a draft. */
    launch: z.boolean().default(false),
  })
  .superRefine((survey, context) => {
    if (survey.trigger !== "ON_DATE") return;
    if (!z.iso.date().safeParse(survey.sendOn).success) {
      context.addIssue({ code: "custom", path: ["sendOn"], message: "Enter the day to send it, as YYYY-MM-DD." });
    }
  });
export type SaveSurveyInput = z.output<typeof saveSurveySchema>;
export type SaveSurveyFormValues = z.input<typeof saveSurveySchema>;

export const surveyIdSchema = z.object({ surveyId: z.string().trim().min(1) });

/** Answers by question id: a number or option as typed, a list of options, or text. */
export const answerSurveySchema = z.object({
  inviteId: z.string().trim().min(1, "Open the survey from your inbox or My mentoring."),
  answers: z.record(
    z.string(),
    z.union([
      z.string().max(surveyLimits.longText * 2, "That answer is too long."),
      z.array(z.string().max(surveyLimits.option * 2)).max(surveyLimits.options),
      z.boolean(),
      z.null(),
    ]),
  ),
  /** A 360 manager's choice to let the person they rate see their answers. */
  shareWithSubject: z.boolean().default(false),
});
export type AnswerSurveyInput = z.output<typeof answerSurveySchema>;

export const threeSixtyPhases = ["START", "END"] as const;
export type ThreeSixtyPhase = (typeof threeSixtyPhases)[number];
export const threeSixtyLimits = {
  minBehaviours: 2,
  maxBehaviours: 8,
  minColleagues: 3,
  maxColleagues: 8,
  behaviour: 120,
} as const;

/** A search of the directory for people to ask for 360 feedback. */
export const findRatersSchema = z.object({
  pairId: z.string().trim().min(1),
  query: z.string().trim().min(2, "Type at least two letters of a name.").max(60, "Type a shorter name."),
});
export type FindRatersInput = z.output<typeof findRatersSchema>;

export const requestThreeSixtySchema = z.object({
  pairId: z.string().trim().min(1, "Open 360 feedback from your pair."),
  phase: z.enum(threeSixtyPhases, "Choose the start or the end."),
  /** The behaviours raters rate, one per line as typed. */
  behavioursText: z
    .string()
    .max(2000, "Keep the behaviours shorter.")
    .transform((text) =>
      text
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(threeSixtyLimits.behaviour, `Keep each behaviour under ${threeSixtyLimits.behaviour} characters.`))
        .min(threeSixtyLimits.minBehaviours, `Name at least ${threeSixtyLimits.minBehaviours} behaviours, one per line.`)
        .max(threeSixtyLimits.maxBehaviours, `Name at most ${threeSixtyLimits.maxBehaviours} behaviours.`)
        .refine((list) => new Set(list.map((b) => b.toLowerCase())).size === list.length, "Each behaviour must be different."),
    ),
  colleagueIds: z
    .array(z.string().trim().min(1))
    .min(threeSixtyLimits.minColleagues, `Choose at least ${threeSixtyLimits.minColleagues} colleagues.`)
    .max(threeSixtyLimits.maxColleagues, `Choose at most ${threeSixtyLimits.maxColleagues} colleagues.`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each colleague once."),
  includeManager: z.boolean(),
});
export type RequestThreeSixtyInput = z.output<typeof requestThreeSixtySchema>;
export type RequestThreeSixtyFormValues = z.input<typeof requestThreeSixtySchema>;
