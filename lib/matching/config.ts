import { z } from "zod";
import { choiceKeys } from "@/lib/choices";
import vocabulary from "@/lib/vocabulary/en.json";

export const criterionLabels = vocabulary.matching.criterion;
export const criteria = choiceKeys(criterionLabels);
export type Criterion = (typeof criteria)[number];

export const hardRuleLabels = vocabulary.matching.hardRule;
export const hardRules = choiceKeys(hardRuleLabels);
export type HardRule = (typeof hardRules)[number];

/** The rules a pair breaks, in words: "no shared language, time zones too far apart". */
export function describeRules(failed: readonly HardRule[]): string {
  return failed.map((rule) => hardRuleLabels[rule]).join(", ");
}

/**
 * How much a criterion counts, as coordinators choose it. The stored weight stays a number from 0
 * to 5 (the score is Σ weight × score ÷ Σ weight); these are the only numbers the settings offer.
 */
export const weightLevels = [
  { value: 0, label: "Off" },
  { value: 2, label: "Low" },
  { value: 3, label: "Normal" },
  { value: 4, label: "High" },
  { value: 5, label: "Very high" },
] as const;
export type WeightLevel = (typeof weightLevels)[number]["value"];

/**
 * The level a stored weight counts as: itself when it is one, otherwise the nearest level that is
 * switched on (a weight saved as 1 before the labels existed reads as low, not off).
 */
export function toWeightLevel(weight: number): WeightLevel {
  if (weight <= 0) return 0;
  let best: WeightLevel = weightLevels[1].value;
  for (const level of weightLevels.slice(1)) if (Math.abs(level.value - weight) < Math.abs(best - weight)) best = level.value;
  return best;
}

/** "Off", "Low", "Normal", "High" or "Very high" for a stored weight. */
export function weightLabel(weight: number): string {
  const level = toWeightLevel(weight);
  return weightLevels.find((l) => l.value === level)!.label;
}

const weightMessage = "Choose off, low, normal, high or very high.";
const weight = z.number(weightMessage).refine((value) => weightLevels.some((level) => level.value === value), weightMessage);
const sameOrDifferent = z.enum(["same", "different", "ignore"]);

/**
 * Who may mentor whom by job level: the classic rule (mentor more senior), reverse mentoring
 * (mentor less senior), peers (within `maxLevelGap` levels of each other), or no rule.
 */
export const seniorityRuleLabels = vocabulary.matching.seniorityRule;
export const seniorityRules = choiceKeys(seniorityRuleLabels);
export type SeniorityRule = (typeof seniorityRules)[number];

export const matchingConfigSchema = z.object({
  weights: z.object(Object.fromEntries(criteria.map((c) => [c, weight])) as Record<Criterion, typeof weight>),
  departmentPreference: sameOrDifferent,
  generationPreference: sameOrDifferent,
  idealLevelGap: z.number().int().min(0, "The ideal gap is 0 to 6 levels.").max(6, "The ideal gap is 0 to 6 levels."),
  rules: z.object({
    seniority: z.enum(seniorityRules, "Choose a seniority rule."),
    /** Peers: the largest level difference allowed under "withinLevels". */
    maxLevelGap: z.number().int().min(0, "Use 0 to 6 levels.").max(6, "Use 0 to 6 levels."),
    excludeReportingLine: z.boolean(),
    requireSharedLanguage: z.boolean(),
    maxTimeZoneGapHours: z
      .number()
      .int()
      .min(0, "Use 0 to 14 hours, or leave empty for no limit.")
      .max(14, "Use 0 to 14 hours, or leave empty for no limit.")
      .nullable(),
    requireReadiness: z.boolean(),
  }),
  minimumScore: z.number().min(0, "The minimum score is between 0 and 1.").max(1, "The minimum score is between 0 and 1."),
});

export type MatchingConfig = z.output<typeof matchingConfigSchema>;

export const defaultMatchingConfig: MatchingConfig = {
  weights: {
    skills: 5,
    goals: 4,
    interests: 2,
    availability: 3,
    seniority: 2,
    department: 2,
    generation: 0,
    learningStyle: 2,
    preference: 3,
    answers: 2,
    diversity: 0,
  },
  departmentPreference: "different",
  generationPreference: "ignore",
  idealLevelGap: 2,
  rules: {
    seniority: "mentorMoreSenior",
    maxLevelGap: 1,
    excludeReportingLine: true,
    requireSharedLanguage: true,
    maxTimeZoneGapHours: 6,
    requireReadiness: false,
  },
  minimumScore: 0,
};

/**
 * How far apart two levels are in the direction the rule cares about: for the classic rule the
 * mentor's lead, for reverse mentoring the mentee's lead, for peers the plain difference.
 */
export function levelGap(seniority: SeniorityRule, menteeLevel: number, mentorLevel: number): number {
  if (seniority === "mentorLessSenior") return menteeLevel - mentorLevel;
  if (seniority === "withinLevels") return Math.abs(mentorLevel - menteeLevel);
  return mentorLevel - menteeLevel;
}

/** Whether two known levels break the seniority rule. */
export function breaksSeniority(rules: MatchingConfig["rules"], menteeLevel: number, mentorLevel: number): boolean {
  switch (rules.seniority) {
    case "mentorMoreSenior":
      return mentorLevel <= menteeLevel;
    case "mentorLessSenior":
      return mentorLevel >= menteeLevel;
    case "withinLevels":
      return Math.abs(mentorLevel - menteeLevel) > rules.maxLevelGap;
    case "off":
      return false;
  }
}

/**
 * A stored configuration, or the defaults for the programme's type where none was saved or an old
 * one no longer parses.
 */
export function parseStoredConfig(stored: unknown, defaults: MatchingConfig = defaultMatchingConfig): MatchingConfig {
  // Settings saved before a criterion existed get its default, not a reset of everything else.
  const saved = (stored && typeof stored === "object" ? stored : {}) as Partial<MatchingConfig>;
  const savedRules = (saved.rules ?? {}) as Partial<MatchingConfig["rules"]> & { mentorMoreSenior?: boolean };
  const { mentorMoreSenior: legacySeniority, ...rules } = savedRules;
  // Before reverse and peer mentoring, the seniority rule was a yes/no "mentor more senior".
  if (rules.seniority === undefined && legacySeniority !== undefined)
    rules.seniority = legacySeniority ? "mentorMoreSenior" : "off";
  const weights: Record<string, unknown> = { ...defaults.weights, ...saved.weights };
  // Weights saved as any number from 0 to 5 before they were labelled count as their nearest level.
  for (const [criterion, value] of Object.entries(weights))
    if (typeof value === "number" && value >= 0 && value <= 5) weights[criterion] = toWeightLevel(value);
  const merged = {
    ...defaults,
    ...saved,
    weights,
    rules: { ...defaults.rules, ...rules },
  };
  const parsed = matchingConfigSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaults;
}
