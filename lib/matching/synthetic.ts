import type { Candidate } from "@/lib/matching/candidate";
import { seededRandom } from "@/lib/matching/random";

const departments = [
  "Engineering",
  "Product",
  "Design",
  "Sales",
  "Marketing",
  "Finance",
  "People",
  "Operations",
  "Legal",
  "Support",
  "Data",
  "Security",
];
const skills = Array.from({ length: 40 }, (_, k) => `Skill ${k + 1}`);
const goals = ["PROMOTION", "NEW_ROLE", "NEW_MANAGER", "HANDOVER", "NETWORK", "PROJECT", "SKILL"];
const interests = Array.from({ length: 25 }, (_, k) => `Interest ${k + 1}`);
const slots = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"].flatMap((d) => ["AM", "PM", "EVE"].map((p) => `${d}_${p}`));
const languages = ["English", "German", "French", "Spanish", "Mandarin"];
const offsets = [-480, -300, 0, 60, 120, 330, 480];
const generations = ["BOOMER", "GEN_X", "MILLENNIAL", "GEN_Z"];
const styles = ["ACTIVIST", "REFLECTOR", "THEORIST", "PRAGMATIST"];
const choiceQuestions = [
  { id: "q-format", prompt: "Preferred format", options: ["In person", "Video call", "Walk and talk"], multiple: true },
  { id: "q-focus", prompt: "Main focus", options: ["Career", "Leadership", "Craft", "Wellbeing"], multiple: false },
];

/**
 * A reproducible synthetic cohort with realistic spreads (seniority, departments, skills,
 * availability, a few reporting lines and language gaps), for benchmarks and property tests.
 */
export function syntheticCohort(
  seed: number,
  menteeCount: number,
  mentorCount: number,
  capacity: number,
): { mentees: Candidate[]; mentors: Candidate[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(random() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
    return [...chosen];
  };
  const person = (role: "mentor" | "mentee", k: number): Candidate => {
    const mentor = role === "mentor";
    const lang = random() < 0.95 ? ["English"] : [];
    if (random() < 0.25) lang.push(pick(languages.slice(1)));
    return {
      id: `${role}-${k}`,
      userId: `user-${role}-${k}`,
      name: `${mentor ? "Mentor" : "Mentee"} ${k}`,
      level: mentor ? 5 + Math.floor(random() * 6) : 1 + Math.floor(random() * 6),
      departmentId: pick(departments),
      departmentName: null,
      managerChain: [],
      languages: lang,
      utcOffsetMinutes: pick(offsets),
      skillsOffered: mentor ? some(skills, 3, 6) : [],
      skillsWanted: mentor ? [] : some(skills, 2, 4),
      goals: mentor ? some(goals, 2, 5) : some(goals, 1, 3),
      interests: some(interests, 1, 4),
      availability: some(slots, 4, 10),
      generation: random() < 0.6 ? pick(generations) : null,
      gender: random() < 0.5 ? pick(["WOMAN", "MAN", "NON_BINARY"]) : null,
      ethnicity: random() < 0.3 ? pick(["A", "B", "C", "D"]) : null,
      diversityPreferences: !mentor && random() < 0.3 ? some(["gender", "ethnicity", "generation"], 1, 2) : [],
      learningStyle: random() < 0.7 ? pick(styles) : null,
      readinessComplete: random() < 0.9,
      preferences: [],
      capacity: mentor ? capacity : 1,
      choiceAnswers: Object.fromEntries(
        choiceQuestions
          .filter(() => random() < 0.7)
          .map((q) => [q.id, { prompt: q.prompt, values: some(q.options, 1, q.multiple ? 2 : 1) }]),
      ),
    };
  };
  const mentors = Array.from({ length: mentorCount }, (_, k) => person("mentor", k));
  const mentees = Array.from({ length: menteeCount }, (_, k) => person("mentee", k));
  for (const mentee of mentees) {
    // Some mentees report to a mentor in the cohort; a fifth ranked a few mentors.
    if (random() < 0.05) mentee.managerChain.push(pick(mentors).userId);
    if (random() < 0.2) mentee.preferences = some(mentors, 3, 5).map((mentor) => mentor.id);
  }
  return { mentees, mentors };
}
