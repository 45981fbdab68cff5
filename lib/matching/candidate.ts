import vocabulary from "@/lib/vocabulary/en.json";
/** One side of a possible pair, as the matcher sees it: plain data, no database types. */
export interface Candidate {
  /** The participation id: stable across runs, so results are reproducible. */
  id: string;
  userId: string;
  name: string;
  level: number | null;
  departmentId: string | null;
  departmentName: string | null;
  /** User ids of this person's managers, nearest first. */
  managerChain: string[];
  languages: string[];
  utcOffsetMinutes: number | null;
  skillsOffered: string[];
  skillsWanted: string[];
  /** Mentee: the reasons behind their goals. Mentor: the goal reasons they can support. */
  goals: string[];
  interests: string[];
  /** Weekly slots such as "MON_AM". */
  availability: string[];
  /** Only present when the person consented and the programme uses it. */
  generation: string | null;
  gender: string | null;
  ethnicity: string | null;
  /** Mentee: which of gender, ethnicity, generation they would like their mentor to share. */
  diversityPreferences: string[];
  learningStyle: string | null;
  readinessComplete: boolean;
  /** Mentee: mentor participation ids in order of preference. */
  preferences: string[];
  /** Mentor: how many mentees they take on. */
  capacity: number;
  /** Answers to the programme's choice questions that count in matching, by question. */
  choiceAnswers: Record<string, { prompt: string; values: string[] }>;
}

export const availabilitySlotLabels: Record<string, string> = Object.fromEntries(
  ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"].flatMap((day, d) =>
    ["AM", "PM", "EVE"].map((part) => [
      `${day}_${part}`,
      `${["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d]} ${part === "AM" ? "morning" : part === "PM" ? "afternoon" : "evening"}`,
    ]),
  ),
);

export const goalReasonLabels: Record<string, string> = vocabulary.matching.goalReasonInSentence;
