import { describe, expect, it } from "vitest";
import {
  breaksSeniority,
  defaultMatchingConfig,
  levelGap,
  matchingConfigSchema,
  parseStoredConfig,
  toWeightLevel,
  weightLabel,
  weightLevels,
} from "@/lib/matching/config";
import { programTypeTemplates } from "@/lib/programs/type-templates";

const rules = (seniority: (typeof defaultMatchingConfig.rules)["seniority"], maxLevelGap = 1) => ({
  ...defaultMatchingConfig.rules,
  seniority,
  maxLevelGap,
});

describe("seniority rules", () => {
  it("classic: the mentor must be more senior", () => {
    expect(breaksSeniority(rules("mentorMoreSenior"), 3, 5)).toBe(false);
    expect(breaksSeniority(rules("mentorMoreSenior"), 5, 5)).toBe(true);
    expect(breaksSeniority(rules("mentorMoreSenior"), 6, 3)).toBe(true);
  });

  it("reverse: the mentor must be less senior, so a senior mentee with a junior mentor is allowed", () => {
    expect(breaksSeniority(rules("mentorLessSenior"), 8, 3)).toBe(false);
    expect(breaksSeniority(rules("mentorLessSenior"), 5, 5)).toBe(true);
    expect(breaksSeniority(rules("mentorLessSenior"), 3, 8)).toBe(true);
    expect(levelGap("mentorLessSenior", 8, 3)).toBe(5);
  });

  it("peer: within N levels either way", () => {
    expect(breaksSeniority(rules("withinLevels", 1), 4, 5)).toBe(false);
    expect(breaksSeniority(rules("withinLevels", 1), 5, 4)).toBe(false);
    expect(breaksSeniority(rules("withinLevels", 1), 4, 6)).toBe(true);
    expect(breaksSeniority(rules("withinLevels", 2), 4, 6)).toBe(false);
    expect(levelGap("withinLevels", 6, 4)).toBe(2);
    expect(breaksSeniority(rules("off"), 9, 1)).toBe(false);
  });
});

describe("stored configuration", () => {
  it("reads the old yes/no seniority setting", () => {
    expect(parseStoredConfig({ rules: { mentorMoreSenior: false } }).rules.seniority).toBe("off");
    expect(parseStoredConfig({ rules: { mentorMoreSenior: true } }).rules.seniority).toBe("mentorMoreSenior");
  });

  it("falls back to the programme type's defaults, not the one-to-one ones", () => {
    expect(parseStoredConfig(null, programTypeTemplates.REVERSE.matching).rules.seniority).toBe("mentorLessSenior");
    expect(parseStoredConfig(null, programTypeTemplates.PEER.matching).rules).toMatchObject({
      seniority: "withinLevels",
      maxLevelGap: 1,
    });
    // A saved choice wins over the type's default.
    expect(parseStoredConfig({ rules: { seniority: "off" } }, programTypeTemplates.REVERSE.matching).rules.seniority).toBe("off");
  });
});

describe("criteria weights as labelled levels", () => {
  it("maps each label to one stored number and back", () => {
    expect(weightLevels.map((level) => [level.label, level.value])).toEqual([
      ["Off", 0],
      ["Low", 2],
      ["Normal", 3],
      ["High", 4],
      ["Very high", 5],
    ]);
    for (const level of weightLevels) expect(weightLabel(level.value)).toBe(level.label);
  });

  it("reads a weight saved before the labels as its nearest level, never switching a criterion off", () => {
    expect(toWeightLevel(1)).toBe(2);
    expect(weightLabel(1)).toBe("Low");
    expect(parseStoredConfig({ weights: { interests: 1, skills: 5, generation: 0 } }).weights).toMatchObject({
      interests: 2,
      skills: 5,
      generation: 0,
    });
  });

  it("refuses a number that is not one of the levels, with the labels in the message", () => {
    const result = matchingConfigSchema.safeParse({
      ...defaultMatchingConfig,
      weights: { ...defaultMatchingConfig.weights, skills: 1 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Choose off, low, normal, high or very high.");
  });

  it("offers only levels in the defaults of every programme type", () => {
    for (const template of [defaultMatchingConfig, ...Object.values(programTypeTemplates).map((t) => t.matching)])
      expect(matchingConfigSchema.safeParse(template).success).toBe(true);
  });
});
