import type { ParticipantRole, ProgramType } from "@/lib/db/generated/enums";
import { defaultMatchingConfig, type MatchingConfig } from "@/lib/matching/config";

/**
 * What each programme type means for the people in it: the words a catalogue and a new programme
 * start from, who applies in which role, and the matching defaults that make sense for it.
 */
export interface ProgramTypeTemplate {
  /** One sentence for employees choosing what to apply for. */
  summary: string;
  /** The role names people apply under; peer programmes have one pool. */
  roles: ParticipantRole[];
  roleLabels: Record<ParticipantRole, string>;
  mentorResponsibilities: string;
  menteeResponsibilities: string;
  matching: MatchingConfig;
}

const classicRoles = { MENTOR: "Mentor", MENTEE: "Mentee" } as const;

export const programTypeTemplates: Record<ProgramType, ProgramTypeTemplate> = {
  ONE_TO_ONE: {
    summary: "One mentor and one mentee meet regularly; the mentor is more senior.",
    roles: ["MENTEE", "MENTOR"],
    roleLabels: classicRoles,
    mentorResponsibilities:
      "Meet your mentee at the agreed cadence, listen first, share your experience and help them reach the goals you agree together.",
    menteeResponsibilities:
      "Set your goals, come to each session prepared, follow up on what you agree and tell your mentor what helps.",
    matching: defaultMatchingConfig,
  },
  GROUP: {
    summary: "A mentor meets a small circle of mentees together, so they learn from each other too.",
    roles: ["MENTEE", "MENTOR"],
    roleLabels: classicRoles,
    mentorResponsibilities:
      "Lead your circle's sessions, give everyone room to speak and keep what is shared in the circle confidential.",
    menteeResponsibilities: "Come to the circle's sessions, share your questions and support the others in your circle.",
    matching: defaultMatchingConfig,
  },
  REVERSE: {
    summary:
      "A less senior colleague mentors a senior one in what they know best (digital tools, new ways of working, a fresh view).",
    roles: ["MENTEE", "MENTOR"],
    roleLabels: { MENTOR: "Mentor (the junior colleague who teaches)", MENTEE: "Mentee (the senior colleague who learns)" },
    mentorResponsibilities:
      "You are the less senior colleague and the expert here: teach what you know, speak candidly and set the pace of the sessions.",
    menteeResponsibilities:
      "You are the more senior colleague and the learner here: name what you want to learn, be open to a different view and make room in your diary.",
    matching: {
      ...defaultMatchingConfig,
      // The senior person's goals against the junior person's expertise decide the pair.
      weights: { ...defaultMatchingConfig.weights, skills: 5, goals: 2, seniority: 2, department: 2 },
      idealLevelGap: 3,
      rules: { ...defaultMatchingConfig.rules, seniority: "mentorLessSenior" },
    },
  },
  PEER: {
    summary: "Colleagues at similar levels pair up and mentor each other: everyone is both mentor and mentee.",
    roles: ["MENTEE"],
    roleLabels: { MENTOR: "Peer", MENTEE: "Peer" },
    mentorResponsibilities: "",
    menteeResponsibilities:
      "You and your peer mentor each other: share the time fairly, bring a question each time and help your peer with theirs.",
    matching: {
      ...defaultMatchingConfig,
      weights: { ...defaultMatchingConfig.weights, seniority: 2, preference: 0 },
      idealLevelGap: 0,
      rules: { ...defaultMatchingConfig.rules, seniority: "withinLevels", maxLevelGap: 1 },
    },
  },
  FLASH: {
    summary: "One-off conversations with someone new: each pair meets once, then you can join the next round.",
    roles: ["MENTEE", "MENTOR"],
    roleLabels: classicRoles,
    mentorResponsibilities: "Give one focused conversation of your time and share what you know about the mentee's question.",
    menteeResponsibilities: "Bring one clear question to the conversation and say afterwards whether it helped.",
    matching: defaultMatchingConfig,
  },
};

export function rolesFor(type: ProgramType): ParticipantRole[] {
  return programTypeTemplates[type].roles;
}

export function roleLabel(type: ProgramType, role: ParticipantRole): string {
  return programTypeTemplates[type].roleLabels[role];
}
