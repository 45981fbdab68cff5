import type { Candidate } from "@/lib/matching/candidate";
import { breaksSeniority, hardRules, levelGap, type HardRule, type MatchingConfig } from "@/lib/matching/config";

/**
 * Scores every mentee × mentor pair of a cohort at once. The same formulas as criteria.ts and
 * rules.ts (a test holds them equal), compiled to bitmasks so 5 million pairs score in about a
 * second. Explanations for single pairs come from explain.ts.
 */
export interface ScoreMatrix {
  mentees: number;
  mentors: number;
  /** Row-major pair scores in 0..1; NaN where a hard rule fails. */
  scores: Float64Array;
  /** Per mentee, how many mentors fail each rule (mentees × hardRules.length). */
  ruleFailures: Int32Array;
  /** Per mentee, how many mentors are eligible. */
  eligibleMentors: Int32Array;
}

/** Interns strings to bit positions, so a set becomes a few 32-bit words. */
class Dictionary {
  private readonly index = new Map<string, number>();
  add(values: string[]) {
    for (const value of values) if (!this.index.has(value)) this.index.set(value, this.index.size);
  }
  get words(): number {
    return Math.max(1, Math.ceil(this.index.size / 32));
  }
  encode(values: string[], words: number, into: Uint32Array, offset: number): number {
    let count = 0;
    for (const value of values) {
      const bit = this.index.get(value)!;
      const word = offset + (bit >>> 5);
      const mask = 1 << (bit & 31);
      if ((into[word]! & mask) === 0) count += 1;
      into[word]! |= mask;
    }
    return count;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

type SetField = "skillsOffered" | "skillsWanted" | "goals" | "interests" | "availability" | "languages";

/** One attribute set for every person of one side, flattened: `words` words per person. */
function encodeSets(people: Candidate[], values: SetField | ((person: Candidate) => string[]), dictionary: Dictionary) {
  const read = typeof values === "function" ? values : (person: Candidate) => person[values];
  const words = dictionary.words;
  const bits = new Uint32Array(people.length * words);
  const sizes = new Int32Array(people.length);
  people.forEach((person, p) => (sizes[p] = dictionary.encode(read(person), words, bits, p * words)));
  return { bits, sizes, words };
}

type EncodedSets = ReturnType<typeof encodeSets>;

/** How many values person i of side `a` shares with person j of side `b` (sets from one dictionary). */
function intersect(a: EncodedSets, i: number, b: EncodedSets, j: number): number {
  const aOffset = i * a.words;
  const bOffset = j * b.words;
  let count = 0;
  for (let w = 0; w < a.words; w += 1) count += popcount(a.bits[aOffset + w]! & b.bits[bOffset + w]!);
  return count;
}

export function buildScoreMatrix(
  mentees: Candidate[],
  mentors: Candidate[],
  config: MatchingConfig,
  forbiddenPairs: ReadonlySet<string> = new Set(),
): ScoreMatrix {
  const n = mentees.length;
  const m = mentors.length;
  const everyone = [...mentees, ...mentors];
  const dictionaries = {
    skills: new Dictionary(),
    goals: new Dictionary(),
    interests: new Dictionary(),
    availability: new Dictionary(),
    languages: new Dictionary(),
  };
  for (const person of everyone) {
    dictionaries.skills.add(person.skillsOffered);
    dictionaries.skills.add(person.skillsWanted);
    dictionaries.goals.add(person.goals);
    dictionaries.interests.add(person.interests);
    dictionaries.availability.add(person.availability);
    dictionaries.languages.add(person.languages);
  }
  const wanted = encodeSets(mentees, "skillsWanted", dictionaries.skills);
  const offered = encodeSets(mentors, "skillsOffered", dictionaries.skills);
  const menteeGoals = encodeSets(mentees, "goals", dictionaries.goals);
  const mentorGoals = encodeSets(mentors, "goals", dictionaries.goals);
  const menteeInterests = encodeSets(mentees, "interests", dictionaries.interests);
  const mentorInterests = encodeSets(mentors, "interests", dictionaries.interests);
  const menteeSlots = encodeSets(mentees, "availability", dictionaries.availability);
  const mentorSlots = encodeSets(mentors, "availability", dictionaries.availability);
  const menteeLanguages = encodeSets(mentees, "languages", dictionaries.languages);
  const mentorLanguages = encodeSets(mentors, "languages", dictionaries.languages);

  const mentorIndex = new Map(mentors.map((mentor, j) => [mentor.id, j]));
  const { weights, rules } = config;
  const maxGapMinutes = rules.maxTimeZoneGapHours === null ? Infinity : rules.maxTimeZoneGapHours * 60;
  const ruleCount = hardRules.length;
  const rule = Object.fromEntries(hardRules.map((name, r) => [name, r])) as Record<HardRule, number>;

  // Scalars as small integers (-1 = unknown), so the pair loop compares numbers, not strings.
  const intern = new Map<string, number>();
  const code = (value: string | null) => {
    if (value === null) return -1;
    let id = intern.get(value);
    if (id === undefined) intern.set(value, (id = intern.size));
    return id;
  };
  const scalars = (people: Candidate[]) => ({
    user: Int32Array.from(people, (p) => code(p.userId)),
    level: Int32Array.from(people, (p) => p.level ?? -1),
    department: Int32Array.from(people, (p) => code(p.departmentId)),
    generation: Int32Array.from(people, (p) => code(p.generation)),
    style: Int32Array.from(people, (p) => code(p.learningStyle)),
    gender: Int32Array.from(people, (p) => code(p.gender === null ? null : `g:${p.gender}`)),
    ethnicity: Int32Array.from(people, (p) => code(p.ethnicity === null ? null : `e:${p.ethnicity}`)),
    wants: Uint8Array.from(
      people,
      (p) =>
        (p.diversityPreferences.includes("gender") ? 1 : 0) |
        (p.diversityPreferences.includes("ethnicity") ? 2 : 0) |
        (p.diversityPreferences.includes("generation") ? 4 : 0),
    ),
    offset: Float64Array.from(people, (p) => p.utcOffsetMinutes ?? NaN),
    ready: Uint8Array.from(people, (p) => (p.readinessComplete ? 1 : 0)),
    chain: people.map((p) => Int32Array.from(p.managerChain, code)),
  });
  const e = scalars(mentees);
  const r = scalars(mentors);
  const forbidden = new Set<number>();
  const menteeIndex = new Map(mentees.map((mentee, i) => [mentee.id, i]));
  for (const key of forbiddenPairs) {
    const [menteeId, mentorId] = key.split(":");
    const i = menteeIndex.get(menteeId ?? "");
    const j = mentorIndex.get(mentorId ?? "");
    if (i !== undefined && j !== undefined) forbidden.add(i * m + j);
  }

  // Choice questions: one dictionary and bit set per question.
  const questionIds = [...new Set(everyone.flatMap((p) => Object.keys(p.choiceAnswers)))].sort();
  const questions = questionIds.map((id) => {
    const answers = (person: Candidate) => person.choiceAnswers[id]?.values ?? [];
    const dictionary = new Dictionary();
    for (const person of everyone) dictionary.add(answers(person));
    return { mentees: encodeSets(mentees, answers, dictionary), mentors: encodeSets(mentors, answers, dictionary) };
  });

  const scores = new Float64Array(n * m);
  const ruleFailures = new Int32Array(n * ruleCount);
  const eligibleMentors = new Int32Array(n);
  const rankOf = new Int32Array(m);

  for (let i = 0; i < n; i += 1) {
    const mentee = mentees[i]!;
    const menteeUser = e.user[i]!;
    const menteeLevel = e.level[i]!;
    const menteeChain = e.chain[i]!;
    const menteeOffset = e.offset[i]!;
    const preferenceCount = mentee.preferences.length;
    if (preferenceCount > 0) {
      rankOf.fill(-1);
      mentee.preferences.forEach((id, rank) => {
        const j = mentorIndex.get(id);
        if (j !== undefined && rankOf[j] === -1) rankOf[j] = rank;
      });
    }
    const failureBase = i * ruleCount;
    for (let j = 0; j < m; j += 1) {
      const mentorUser = r.user[j]!;
      const mentorLevel = r.level[j]!;
      let failed = false;
      if (menteeUser === mentorUser) {
        ruleFailures[failureBase + rule.self]! += 1;
        failed = true;
      }
      if (forbidden.size > 0 && forbidden.has(i * m + j)) {
        ruleFailures[failureBase + rule.forbidden]! += 1;
        failed = true;
      }
      if (menteeLevel >= 0 && mentorLevel >= 0 && breaksSeniority(rules, menteeLevel, mentorLevel)) {
        ruleFailures[failureBase + rule.seniority]! += 1;
        failed = true;
      }
      if (rules.excludeReportingLine && (menteeChain.includes(mentorUser) || r.chain[j]!.includes(menteeUser))) {
        ruleFailures[failureBase + rule.reportingLine]! += 1;
        failed = true;
      }
      if (
        rules.requireSharedLanguage &&
        menteeLanguages.sizes[i]! > 0 &&
        mentorLanguages.sizes[j]! > 0 &&
        intersect(menteeLanguages, i, mentorLanguages, j) === 0
      ) {
        ruleFailures[failureBase + rule.language]! += 1;
        failed = true;
      }
      // NaN offsets (unknown) never exceed the gap.
      if (Math.abs(menteeOffset - r.offset[j]!) > maxGapMinutes) {
        ruleFailures[failureBase + rule.timeZone]! += 1;
        failed = true;
      }
      if (rules.requireReadiness && r.ready[j] === 0) {
        ruleFailures[failureBase + rule.readiness]! += 1;
        failed = true;
      }
      if (failed) {
        scores[i * m + j] = NaN;
        continue;
      }

      let weighted = 0;
      let weightSum = 0;
      if (weights.skills > 0 && wanted.sizes[i]! > 0 && offered.sizes[j]! > 0) {
        weighted += (weights.skills * intersect(wanted, i, offered, j)) / wanted.sizes[i]!;
        weightSum += weights.skills;
      }
      if (weights.goals > 0 && menteeGoals.sizes[i]! > 0 && mentorGoals.sizes[j]! > 0) {
        weighted += (weights.goals * intersect(menteeGoals, i, mentorGoals, j)) / menteeGoals.sizes[i]!;
        weightSum += weights.goals;
      }
      if (weights.interests > 0 && menteeInterests.sizes[i]! > 0 && mentorInterests.sizes[j]! > 0) {
        const shared = intersect(menteeInterests, i, mentorInterests, j);
        weighted += (weights.interests * shared) / (menteeInterests.sizes[i]! + mentorInterests.sizes[j]! - shared);
        weightSum += weights.interests;
      }
      if (weights.availability > 0 && menteeSlots.sizes[i]! > 0 && mentorSlots.sizes[j]! > 0) {
        const shared = intersect(menteeSlots, i, mentorSlots, j);
        weighted += (weights.availability * shared) / Math.min(menteeSlots.sizes[i]!, mentorSlots.sizes[j]!);
        weightSum += weights.availability;
      }
      if (weights.seniority > 0 && menteeLevel >= 0 && mentorLevel >= 0) {
        const gap = levelGap(rules.seniority, menteeLevel, mentorLevel);
        weighted += weights.seniority * Math.max(0, 1 - Math.abs(gap - config.idealLevelGap) / (config.idealLevelGap + 1));
        weightSum += weights.seniority;
      }
      if (weights.department > 0 && config.departmentPreference !== "ignore" && e.department[i]! >= 0 && r.department[j]! >= 0) {
        const same = e.department[i] === r.department[j];
        weighted += (config.departmentPreference === "same" ? same : !same) ? weights.department : 0;
        weightSum += weights.department;
      }
      if (weights.generation > 0 && config.generationPreference !== "ignore" && e.generation[i]! >= 0 && r.generation[j]! >= 0) {
        const same = e.generation[i] === r.generation[j];
        weighted += (config.generationPreference === "same") === same ? weights.generation : 0;
        weightSum += weights.generation;
      }
      if (weights.learningStyle > 0 && e.style[i]! >= 0 && r.style[j]! >= 0) {
        weighted += weights.learningStyle * (e.style[i] === r.style[j] ? 1 : 0.5);
        weightSum += weights.learningStyle;
      }
      if (weights.preference > 0 && preferenceCount > 0) {
        const rank = rankOf[j]!;
        weighted += rank < 0 ? 0 : weights.preference * (1 - rank / preferenceCount);
        weightSum += weights.preference;
      }
      if (weights.diversity > 0 && e.wants[i]! !== 0) {
        let comparable = 0;
        let met = 0;
        const wants = e.wants[i]!;
        for (const [bit, mine, theirs] of [
          [1, e.gender, r.gender],
          [2, e.ethnicity, r.ethnicity],
          [4, e.generation, r.generation],
        ] as const) {
          if ((wants & bit) === 0 || mine[i]! < 0 || theirs[j]! < 0) continue;
          comparable += 1;
          if (mine[i] === theirs[j]) met += 1;
        }
        if (comparable > 0) {
          weighted += (weights.diversity * met) / comparable;
          weightSum += weights.diversity;
        }
      }
      if (weights.answers > 0 && questions.length > 0) {
        let shared = 0;
        let similarity = 0;
        for (const q of questions) {
          const a = q.mentees.sizes[i]!;
          const b = q.mentors.sizes[j]!;
          if (a === 0 || b === 0) continue;
          const common = intersect(q.mentees, i, q.mentors, j);
          similarity += common / (a + b - common);
          shared += 1;
        }
        if (shared > 0) {
          weighted += (weights.answers * similarity) / shared;
          weightSum += weights.answers;
        }
      }
      const total = weightSum > 0 ? weighted / weightSum : 0;
      if (total < config.minimumScore) {
        ruleFailures[failureBase + rule.minimumScore]! += 1;
        scores[i * m + j] = NaN;
        continue;
      }
      scores[i * m + j] = total;
      eligibleMentors[i]! += 1;
    }
  }
  return { mentees: n, mentors: m, scores, ruleFailures, eligibleMentors };
}
