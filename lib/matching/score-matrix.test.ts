import { describe, expect, it } from "vitest";
import { defaultMatchingConfig, hardRules, type MatchingConfig } from "@/lib/matching/config";
import { explainPair } from "@/lib/matching/score-pair";
import { buildScoreMatrix } from "@/lib/matching/score-matrix";
import { syntheticCohort } from "@/lib/matching/synthetic";
import { programTypeTemplates } from "@/lib/programs/type-templates";

const configs: MatchingConfig[] = [
  defaultMatchingConfig,
  {
    ...defaultMatchingConfig,
    weights: {
      skills: 1,
      goals: 0,
      interests: 5,
      availability: 2,
      seniority: 4,
      department: 3,
      generation: 2,
      learningStyle: 3,
      preference: 5,
      answers: 4,
      diversity: 3,
    },
    departmentPreference: "same",
    generationPreference: "different",
    idealLevelGap: 3,
    rules: {
      seniority: "off",
      maxLevelGap: 1,
      excludeReportingLine: true,
      requireSharedLanguage: true,
      maxTimeZoneGapHours: 3,
      requireReadiness: true,
    },
    minimumScore: 0.3,
  },
  programTypeTemplates.REVERSE.matching,
  programTypeTemplates.PEER.matching,
];

describe("score matrix", () => {
  it.each(configs.map((config, k) => [k, config] as const))(
    "agrees with the pair explanations, pair by pair (config %i)",
    (_, config) => {
      const { mentees, mentors } = syntheticCohort(11, 40, 15, 3);
      const forbidden = new Set([`${mentees[0]!.id}:${mentors[0]!.id}`]);
      const matrix = buildScoreMatrix(mentees, mentors, config, forbidden);
      mentees.forEach((mentee, i) => {
        const failures = new Array(hardRules.length).fill(0);
        mentors.forEach((mentor, j) => {
          const explanation = explainPair(mentee, mentor, config, forbidden.has(`${mentee.id}:${mentor.id}`));
          const score = matrix.scores[i * mentors.length + j]!;
          if (!explanation.eligible) {
            expect(score).toBeNaN();
            for (const rule of explanation.failed) failures[hardRules.indexOf(rule)] += 1;
            return;
          }
          expect(score).toBeCloseTo(explanation.total, 10);
          // The explanation's parts add up to its total.
          expect(explanation.parts.reduce((sum, part) => sum + part.contribution, 0)).toBeCloseTo(explanation.total, 12);
        });
        expect(Array.from(matrix.ruleFailures.subarray(i * hardRules.length, (i + 1) * hardRules.length))).toEqual(failures);
      });
    },
  );

  it("never makes a forbidden, same-person or reporting-line pair eligible", () => {
    const { mentees, mentors } = syntheticCohort(5, 30, 10, 2);
    mentees[1]!.managerChain = [mentors[2]!.userId];
    mentees[2]!.userId = mentors[3]!.userId;
    const matrix = buildScoreMatrix(mentees, mentors, defaultMatchingConfig, new Set([`${mentees[0]!.id}:${mentors[1]!.id}`]));
    expect(matrix.scores[0 * 10 + 1]).toBeNaN();
    expect(matrix.scores[1 * 10 + 2]).toBeNaN();
    expect(matrix.scores[2 * 10 + 3]).toBeNaN();
  });
});
