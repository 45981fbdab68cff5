import { plural } from "@/lib/format";
import type { Candidate } from "@/lib/matching/candidate";
import { availabilitySlotLabels, goalReasonLabels } from "@/lib/matching/candidate";
import { levelGap, type Criterion, type MatchingConfig } from "@/lib/matching/config";

/** A criterion's verdict on one pair: a score in 0..1 with the evidence, or why it was dropped. */
export type CriterionResult = { score: number; evidence: string } | { missing: string };

function overlap(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((item) => other.has(item));
}

function list(items: string[], max = 4): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

function firstName(person: Candidate): string {
  return person.name.split(" ")[0] ?? person.name;
}

function coverage(
  wanted: string[],
  offered: string[],
  what: string,
  mentee: Candidate,
  label: (item: string) => string = (item) => item,
): CriterionResult {
  const wants = [...new Set(wanted)];
  const covered = overlap(wants, offered);
  return {
    score: covered.length / wants.length,
    evidence:
      covered.length === 0
        ? `covers none of the ${wants.length} ${what} ${firstName(mentee)} listed`
        : `covers ${covered.length} of ${wants.length} ${what}: ${list(covered.map(label))}`,
  };
}

export const criterionScorers: Record<
  Criterion,
  (mentee: Candidate, mentor: Candidate, config: MatchingConfig) => CriterionResult
> = {
  skills(mentee, mentor) {
    if (mentee.skillsWanted.length === 0) return { missing: `${firstName(mentee)} listed no skills to learn` };
    if (mentor.skillsOffered.length === 0) return { missing: `${firstName(mentor)} listed no skills to teach` };
    return coverage(mentee.skillsWanted, mentor.skillsOffered, "skills", mentee);
  },
  goals(mentee, mentor) {
    if (mentee.goals.length === 0) return { missing: `${firstName(mentee)} set no goals yet` };
    if (mentor.goals.length === 0) return { missing: `${firstName(mentor)} did not say which goals they support` };
    return coverage(mentee.goals, mentor.goals, "goals", mentee, (goal) => goalReasonLabels[goal] ?? goal);
  },
  interests(mentee, mentor) {
    if (mentee.interests.length === 0 || mentor.interests.length === 0) return { missing: "interests not given by both" };
    const shared = overlap(mentee.interests, mentor.interests);
    const union = new Set([...mentee.interests, ...mentor.interests]).size;
    return { score: shared.length / union, evidence: shared.length ? `both enjoy ${list(shared)}` : "no interests in common" };
  },
  availability(mentee, mentor) {
    if (mentee.availability.length === 0 || mentor.availability.length === 0)
      return { missing: "weekly availability not given by both" };
    const shared = overlap(mentee.availability, mentor.availability);
    const smaller = Math.min(new Set(mentee.availability).size, new Set(mentor.availability).size);
    return {
      score: shared.length / smaller,
      evidence: shared.length
        ? `${shared.length} common weekly ${plural(shared.length, "slot")}: ${list(
            shared.map((s) => availabilitySlotLabels[s] ?? s),
            3,
          )}`
        : "no common weekly slot",
    };
  },
  seniority(mentee, mentor, config) {
    if (mentee.level === null || mentor.level === null) return { missing: "job level unknown" };
    const gap = levelGap(config.rules.seniority, mentee.level, mentor.level);
    const score = Math.max(0, 1 - Math.abs(gap - config.idealLevelGap) / (config.idealLevelGap + 1));
    const apart = Math.abs(mentor.level - mentee.level);
    const direction =
      mentor.level > mentee.level ? "mentor senior" : mentor.level < mentee.level ? "mentor junior" : "same level";
    return {
      score,
      evidence:
        apart === 0
          ? `same level (ideal gap ${config.idealLevelGap})`
          : `${apart} level${apart === 1 ? "" : "s"} apart, ${direction} (ideal gap ${config.idealLevelGap})`,
    };
  },
  department(mentee, mentor, config) {
    if (config.departmentPreference === "ignore") return { missing: "the programme ignores departments" };
    if (mentee.departmentId === null || mentor.departmentId === null) return { missing: "department unknown" };
    const same = mentee.departmentId === mentor.departmentId;
    const wanted = config.departmentPreference === "same" ? same : !same;
    return {
      score: wanted ? 1 : 0,
      evidence: same
        ? `both in ${mentor.departmentName ?? "the same department"}`
        : `${mentor.departmentName ?? "another department"} and ${mentee.departmentName ?? "another department"}`,
    };
  },
  generation(mentee, mentor, config) {
    if (config.generationPreference === "ignore") return { missing: "the programme does not use generation" };
    if (mentee.generation === null || mentor.generation === null) return { missing: "generation not shared by both" };
    const same = mentee.generation === mentor.generation;
    return {
      score: (config.generationPreference === "same") === same ? 1 : 0,
      evidence: same ? "same generation" : "different generations",
    };
  },
  learningStyle(mentee, mentor) {
    if (mentee.learningStyle === null || mentor.learningStyle === null)
      return { missing: "learning style questionnaire not done by both" };
    const same = mentee.learningStyle === mentor.learningStyle;
    return {
      score: same ? 1 : 0.5,
      evidence: same
        ? `both learn as ${mentee.learningStyle.toLowerCase()}s`
        : `${mentee.learningStyle.toLowerCase()} and ${mentor.learningStyle.toLowerCase()}`,
    };
  },
  answers(mentee, mentor) {
    const shared = Object.keys(mentee.choiceAnswers).filter(
      (id) => mentor.choiceAnswers[id]?.values.length && mentee.choiceAnswers[id]!.values.length,
    );
    if (shared.length === 0) return { missing: "no matching question answered by both" };
    let total = 0;
    const alike: string[] = [];
    for (const id of shared) {
      const a = new Set(mentee.choiceAnswers[id]!.values);
      const b = new Set(mentor.choiceAnswers[id]!.values);
      const common = [...a].filter((v) => b.has(v));
      total += common.length / new Set([...a, ...b]).size;
      if (common.length > 0) alike.push(`${mentee.choiceAnswers[id]!.prompt} (${list(common, 2)})`);
    }
    return {
      score: total / shared.length,
      evidence: alike.length
        ? `answered alike on ${list(alike, 2)}`
        : `answered ${shared.length} ${plural(shared.length, "question")} differently`,
    };
  },
  diversity(mentee, mentor) {
    const comparable = mentee.diversityPreferences.filter((attribute) => {
      const key = attribute as "gender" | "ethnicity" | "generation";
      return mentee[key] !== null && mentor[key] !== null;
    });
    if (comparable.length === 0) return { missing: "no diversity preference that both shared" };
    const met = comparable.filter((attribute) => mentee[attribute as "gender"] === mentor[attribute as "gender"]).length;
    // Says how many preferences are met, never which attribute or its value.
    return {
      score: met / comparable.length,
      evidence: `meets ${met} of ${comparable.length} of the mentee's diversity preferences`,
    };
  },
  preference(mentee, mentor) {
    if (mentee.preferences.length === 0) return { missing: `${firstName(mentee)} ranked no mentors` };
    const rank = mentee.preferences.indexOf(mentor.id);
    if (rank < 0) return { score: 0, evidence: `not in ${firstName(mentee)}'s ranking` };
    return {
      score: 1 - rank / mentee.preferences.length,
      evidence: `${firstName(mentee)}'s choice #${rank + 1} of ${mentee.preferences.length}`,
    };
  },
};
