import type { ProfileInput } from "@/lib/profiles/schemas";

/** A profile form sent with every field left empty: the one starting point tests change a field or two of. */
export const blankProfileInput: ProfileInput = {
  headline: "",
  bio: "",
  yearsExperience: "",
  skillsOffered: "",
  skillsWanted: "",
  interests: "",
  languages: "",
  goalReasons: [],
  goalsText: "",
  availability: [],
  learningStyle: "",
  generation: "",
  sensitiveMatchingConsent: false,
  gender: "",
  ethnicity: "",
  diversityPreferences: [],
  meetingFormat: "EITHER",
  sharedWithMentees: [],
  location: "",
  timeZone: "UTC",
};
