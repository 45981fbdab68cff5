import type { SaveSurveyFormValues, SurveyTemplateKey } from "@/lib/surveys/schemas";

type TemplateValues = Omit<SaveSurveyFormValues, "programId" | "surveyId" | "requestKey" | "launch" | "template">;

export interface SurveyTemplate {
  key: SurveyTemplateKey;
  name: string;
  /** What it measures and, where it is one, its Kirkpatrick level. */
  description: string;
  values: TemplateValues;
}

const scale = (prompt: string, required = true) => ({ kind: "SCALE" as const, prompt, required, optionsText: "" });
const longText = (prompt: string) => ({ kind: "LONG_TEXT" as const, prompt, required: false, optionsText: "" });
const choice = (kind: "SINGLE_CHOICE" | "MULTIPLE_CHOICE", prompt: string, options: string[]) => ({
  kind,
  prompt,
  required: true,
  optionsText: options.join("\n"),
});

/** Asked at the start and again at the end, so the change shows in the totals. */
const skillsSelfRating = [
  scale("How confident are you in the skills your mentoring goals are about?"),
  scale("How clear is your next career step?"),
  scale("How well do you know how to get things done across the organisation?"),
  scale("How confident are you leading a difficult conversation?"),
];

/** Starting points for common surveys; the coordinator edits everything before sending. */
export const surveyTemplates: SurveyTemplate[] = [
  {
    key: "reaction",
    name: "End-of-programme reaction",
    description: "Kirkpatrick level 1: how mentors and mentees judged the programme, sent when it ends. Anonymous.",
    values: {
      title: "How was the programme for you?",
      intro:
        "The programme has come to its end. Tell us how it went so the next cohort gets a better programme. It takes about three minutes.",
      anonymous: true,
      audience: "EVERYONE",
      trigger: "PROGRAM_END",
      offsetDays: 0,
      sendOn: "",
      openDays: 21,
      questions: [
        scale("Overall, how satisfied are you with the programme?"),
        scale("How relevant was the programme to your work?"),
        scale("How well was the programme run (matching, resources, support from the programme office)?"),
        { kind: "NPS", prompt: "How likely are you to recommend the programme to a colleague?", required: true, optionsText: "" },
        choice("SINGLE_CHOICE", "Would you take part again?", ["Yes", "Maybe", "No"]),
        longText("What was the most valuable part of the programme for you?"),
        longText("What should we change for the next cohort?"),
      ],
    },
  },
  {
    key: "skills-before",
    name: "Skills self-assessment: before",
    description:
      "Kirkpatrick level 2, first half: mentees rate themselves on what the programme sets out to build, when their pair starts. Pair it with the “after” survey.",
    values: {
      title: "Where you are starting from",
      intro: "Rate yourself today, honestly: nobody is judged on these answers. We ask the same questions at the end.",
      anonymous: true,
      audience: "MENTEES",
      trigger: "PAIR_START",
      offsetDays: 0,
      sendOn: "",
      openDays: 14,
      questions: [
        ...skillsSelfRating,
        { kind: "SHORT_TEXT", prompt: "Which skill do you most want to build?", required: false, optionsText: "" },
      ],
    },
  },
  {
    key: "skills-after",
    name: "Skills self-assessment: after",
    description:
      "Kirkpatrick level 2, second half: the same questions a week before the programme ends, so the change shows in the totals.",
    values: {
      title: "Where you are now",
      intro: "The same questions as at the start. Rate yourself today.",
      anonymous: true,
      audience: "MENTEES",
      trigger: "PROGRAM_END",
      offsetDays: -7,
      sendOn: "",
      openDays: 14,
      questions: [...skillsSelfRating, longText("What changed for you, in your own words?")],
    },
  },
  {
    key: "mentor-review",
    name: "Mentees rate their mentoring",
    description: "How mentees experience their mentors, at the programme's mid-point, in totals across all mentors. Anonymous.",
    values: {
      title: "How is your mentor helping?",
      intro: "Halfway through: tell us how the mentoring works for you. Answers are shown only as totals across all mentors.",
      anonymous: true,
      audience: "MENTEES",
      trigger: "PROGRAM_MIDPOINT",
      offsetDays: 0,
      sendOn: "",
      openDays: 14,
      questions: [
        scale("My mentor makes time for our sessions."),
        scale("My mentor listens and understands my situation."),
        scale("My mentor's advice and challenge help me make progress."),
        scale("I feel safe raising difficult topics with my mentor."),
        choice("MULTIPLE_CHOICE", "What has your mentor helped you with so far?", [
          "Career direction",
          "A specific skill",
          "Confidence",
          "Finding my way around the organisation",
          "Work–life balance",
          "Something else",
        ]),
        longText("What could make the mentoring more useful to you?"),
      ],
    },
  },
  {
    key: "pairing-check",
    name: "Pairing check after six weeks",
    description: "Whether new pairs have found their rhythm, 45 days after each pair starts, from both sides. Anonymous.",
    values: {
      title: "Six weeks in: how is your pairing going?",
      intro: "Four quick questions about your first weeks together.",
      anonymous: true,
      audience: "EVERYONE",
      trigger: "PAIR_START",
      offsetDays: 45,
      sendOn: "",
      openDays: 14,
      questions: [
        scale("How well are you and your partner getting on?"),
        choice("SINGLE_CHOICE", "How often have you met so far?", ["Not yet", "Once", "2–3 times", "4 times or more"]),
        scale("How much progress are you making towards the goals you agreed?"),
        longText("Is there anything the programme office should know?"),
      ],
    },
  },
];

export const blankSurvey: TemplateValues = {
  title: "",
  intro: "",
  anonymous: true,
  audience: "EVERYONE",
  trigger: "PAIR_START",
  offsetDays: 30,
  sendOn: "",
  openDays: 14,
  questions: [scale("")],
};

export function surveyTemplate(key: string | undefined): SurveyTemplate | undefined {
  return surveyTemplates.find((template) => template.key === key);
}
