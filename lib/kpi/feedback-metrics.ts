import { minimumGroupSize } from "@/lib/kpi/health";
import type { FeedbackFigures } from "@/lib/kpi/feedback-figures";
import type { MetricValue } from "@/lib/kpi/program-evaluation";

export type FeedbackMetricKey = "PULSE_SATISFACTION" | "REACTION_SCORE" | "SKILLS_CHANGE" | "THREE_SIXTY_CHANGE" | "GOALS_MET";

const notEnough = (note: string, inputs: MetricValue["inputs"] = []): MetricValue => ({
  value: null,
  sampleSize: null,
  inputs,
  note,
});
const figure = (value: number, sampleSize: number, inputs: MetricValue["inputs"]): MetricValue => ({
  value,
  sampleSize,
  inputs,
  note: null,
});
const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/**
 * The KPI matrix's figures from what participants said: each a plain mean or share of the
 * database's totals, withheld below the minimum group size like every other figure.
 */
export function feedbackMetrics(figures: FeedbackFigures): Record<FeedbackMetricKey, MetricValue> {
  const { pulseSatisfaction, reaction, skills, threeSixty, goals } = figures;
  const skillsInputs = [
    { label: "Questions asked both before and after", value: String(skills.sharedQuestions) },
    { label: "Answers before (whole groups of five)", value: String(skills.before.respondents) },
    { label: "Average before", value: score(skills.before.mean) },
    { label: "Answers after (whole groups of five)", value: String(skills.after.respondents) },
    { label: "Average after", value: score(skills.after.mean) },
  ];
  const goalTotal = goals.open + goals.decided;
  return {
    PULSE_SATISFACTION:
      pulseSatisfaction.answers >= minimumGroupSize && pulseSatisfaction.mean !== null
        ? figure(pulseSatisfaction.mean, pulseSatisfaction.answers, [
            { label: "Pulse answers", value: String(pulseSatisfaction.answers) },
          ])
        : notEnough(`Fewer than ${minimumGroupSize} pulse answers.`),
    REACTION_SCORE:
      reaction.respondents >= minimumGroupSize && reaction.mean !== null
        ? figure(reaction.mean, reaction.respondents, [
            { label: "Reaction surveys", value: String(reaction.surveys) },
            { label: "Answers counted (whole groups of five)", value: String(reaction.respondents) },
          ])
        : notEnough(
            reaction.surveys === 0
              ? "No end-of-programme reaction survey has been sent yet."
              : `Fewer than ${minimumGroupSize} reaction survey answers.`,
          ),
    SKILLS_CHANGE:
      skills.sharedQuestions > 0 &&
      skills.before.respondents >= minimumGroupSize &&
      skills.after.respondents >= minimumGroupSize &&
      skills.before.mean !== null &&
      skills.after.mean !== null
        ? figure(
            skills.after.mean - skills.before.mean,
            Math.min(skills.before.respondents, skills.after.respondents),
            skillsInputs,
          )
        : notEnough(
            skills.sharedQuestions === 0
              ? "Needs a “before” and an “after” skills self-assessment with questions in common."
              : `Needs at least ${minimumGroupSize} answers to both the “before” and the “after” survey.`,
            skillsInputs,
          ),
    THREE_SIXTY_CHANGE:
      threeSixty.mentees >= minimumGroupSize && threeSixty.meanChange !== null
        ? figure(threeSixty.meanChange, threeSixty.mentees, [
            { label: "Mentees with 360 feedback at the start and the end", value: String(threeSixty.mentees) },
            { label: "Colleagues' average at the start", value: score(threeSixty.meanStart) },
            { label: "Colleagues' average at the end", value: score(threeSixty.meanEnd) },
          ])
        : notEnough(`Fewer than ${minimumGroupSize} mentees have 360 feedback at both the start and the end.`),
    GOALS_MET:
      goalTotal >= minimumGroupSize
        ? figure(goals.done / goalTotal, goalTotal, [
            { label: "Pair goals", value: String(goalTotal) },
            { label: "Done", value: String(goals.done) },
            { label: "Dropped", value: String(goals.decided - goals.done) },
            { label: "Still open", value: String(goals.open) },
          ])
        : notEnough(`Fewer than ${minimumGroupSize} pair goals.`),
  };
}
