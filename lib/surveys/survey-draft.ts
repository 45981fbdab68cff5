import { isoDay } from "@/lib/dates";
import { surveyTemplateKeys, type SaveSurveyFormValues, type SurveyTemplateKey } from "@/lib/surveys/schemas";

const isSurveyTemplateKey = (key: string | null): key is SurveyTemplateKey => surveyTemplateKeys.some((known) => known === key);

interface StoredSurvey {
  id: string;
  programId: string;
  title: string;
  intro: string;
  anonymous: boolean;
  audience: SaveSurveyFormValues["audience"];
  trigger: SaveSurveyFormValues["trigger"];
  offsetDays: number;
  sendOn: Date | null;
  openDays: number;
  template: string | null;
  questions: { kind: SaveSurveyFormValues["questions"][number]["kind"]; prompt: string; required: boolean; options: string[] }[];
}

/** A stored survey as the builder's form holds it, so a draft opens with everything it was saved with. */
export function surveyDraftValues(survey: StoredSurvey): Omit<SaveSurveyFormValues, "requestKey" | "launch"> {
  return {
    programId: survey.programId,
    surveyId: survey.id,
    title: survey.title,
    intro: survey.intro,
    anonymous: survey.anonymous,
    audience: survey.audience,
    trigger: survey.trigger,
    offsetDays: survey.offsetDays,
    sendOn: survey.sendOn ? isoDay(survey.sendOn) : "",
    openDays: survey.openDays,
    template: isSurveyTemplateKey(survey.template) ? survey.template : null,
    questions: survey.questions.map(({ kind, prompt, required, options }) => ({
      kind,
      prompt,
      required,
      optionsText: options.join("\n"),
    })),
  };
}
