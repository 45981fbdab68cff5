import { z } from "zod";

export const criteria = ["skills", "goals", "interests", "availability", "seniority", "department", "generation", "learningStyle", "preference", "answers", "diversity"] as const;
export type Criterion = (typeof criteria)[number];

export const criterionLabels: Record<Criterion, string> = {
  skills: "Skills coverage",
  goals: "Goals coverage",
  interests: "Shared interests",
  availability: "Availability overlap",
  seniority: "Seniority gap",
  department: "Department",
  generation: "Generation",
  learningStyle: "Learning style",
  preference: "Mentee's ranking",
  answers: "Application answers",
  diversity: "Diversity preferences",
};

export const hardRules = ["self", "forbidden", "seniority", "reportingLine", "language", "timeZone", "readiness", "minimumScore"] as const;
export type HardRule = (typeof hardRules)[number];

export const hardRuleLabels: Record<HardRule, string> = {
  self: "same person",
  forbidden: "pair forbidden by a coordinator",
  seniority: "mentor is not more senior",
  reportingLine: "in the same reporting line",
  language: "no shared language",
  timeZone: "time zones too far apart",
  readiness: "mentor readiness not complete",
  minimumScore: "below the programme's minimum score",
};

/** The rules a pair breaks, in words: "no shared language, time zones too far apart". */
export function describeRules(failed: readonly HardRule[]): string {
  return failed.map((rule) => hardRuleLabels[rule]).join(", ");
}

const weight = z.number().int("Weights are whole numbers from 0 to 5.").min(0, "Weights go from 0 to 5.").max(5, "Weights go from 0 to 5.");
const sameOrDifferent = z.enum(["same", "different", "ignore"]);

export const matchingConfigSchema = z.object({
  weights: z.object(Object.fromEntries(criteria.map((c) => [c, weight])) as Record<Criterion, typeof weight>),
  departmentPreference: sameOrDifferent,
  generationPreference: sameOrDifferent,
  idealLevelGap: z.number().int().min(0, "The ideal gap is 0 to 6 levels.").max(6, "The ideal gap is 0 to 6 levels."),
  rules: z.object({
    mentorMoreSenior: z.boolean(),
    excludeReportingLine: z.boolean(),
    requireSharedLanguage: z.boolean(),
    maxTimeZoneGapHours: z.number().int().min(0, "Use 0 to 14 hours, or leave empty for no limit.").max(14, "Use 0 to 14 hours, or leave empty for no limit.").nullable(),
    requireReadiness: z.boolean(),
  }),
  minimumScore: z.number().min(0, "The minimum score is between 0 and 1.").max(1, "The minimum score is between 0 and 1."),
});

export type MatchingConfig = z.output<typeof matchingConfigSchema>;

export const defaultMatchingConfig: MatchingConfig = {
  weights: { skills: 5, goals: 4, interests: 1, availability: 3, seniority: 2, department: 2, generation: 0, learningStyle: 1, preference: 3, answers: 2, diversity: 0 },
  departmentPreference: "different",
  generationPreference: "ignore",
  idealLevelGap: 2,
  rules: { mentorMoreSenior: true, excludeReportingLine: true, requireSharedLanguage: true, maxTimeZoneGapHours: 6, requireReadiness: false },
  minimumScore: 0,
};

/** A stored configuration, or the defaults where none was saved or an old one no longer parses. */
export function parseStoredConfig(stored: unknown): MatchingConfig {
  // Settings saved before a criterion existed get its default, not a reset of everything else.
  const saved = (stored && typeof stored === "object" ? stored : {}) as Partial<MatchingConfig>;
  const merged = {
    ...defaultMatchingConfig,
    ...saved,
    weights: { ...defaultMatchingConfig.weights, ...saved.weights },
    rules: { ...defaultMatchingConfig.rules, ...saved.rules },
  };
  const parsed = matchingConfigSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultMatchingConfig;
}

