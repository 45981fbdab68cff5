import type { MetricKey } from "@/lib/kpi/metrics";

/** Starting points for a KPI matrix by the programme's purpose; every row can be edited afterwards. */
export interface TemplateRow {
  measure: string;
  metric: MetricKey;
  /** As typed: 80 means 80 %, 3 means +3 points. */
  target: number;
  owner: string;
}

export const kpiTemplates = {
  retention: {
    label: "Retention",
    description: "Keep the people you have invested in.",
    rows: [
      { measure: "Mentees find a mentor quickly", metric: "MATCH_RATE", target: 90, owner: "Programme coordinator" },
      { measure: "Pairs keep meeting", metric: "ACTIVE_PAIR_SHARE", target: 75, owner: "Programme coordinator" },
      { measure: "Participants stay with us", metric: "RETENTION_12M", target: 90, owner: "HR business partner" },
      {
        measure: "Mentoring reduces voluntary exits",
        metric: "RETENTION_DIFFERENCE_12M",
        target: 3,
        owner: "HR business partner",
      },
      { measure: "Participants rate the programme well", metric: "REACTION_SCORE", target: 4, owner: "Programme coordinator" },
      { measure: "The programme pays for itself", metric: "ROI_PERCENT", target: 0, owner: "Executive sponsor" },
    ],
  },
  leadership: {
    label: "Leadership pipeline",
    description: "Grow internal candidates for leadership roles.",
    rows: [
      {
        measure: "Sessions happen at the agreed rhythm",
        metric: "SESSIONS_PER_PAIR_MONTH",
        target: 1.5,
        owner: "Programme coordinator",
      },
      { measure: "Participants value the sessions", metric: "SESSION_USEFULNESS", target: 4, owner: "Programme coordinator" },
      {
        measure: "Colleagues see leadership behaviours grow",
        metric: "THREE_SIXTY_CHANGE",
        target: 0.5,
        owner: "Learning and development",
      },
      { measure: "Participants move up", metric: "PROMOTION_RATE_12M", target: 20, owner: "Head of People" },
      { measure: "Mentoring speeds promotion", metric: "PROMOTION_DIFFERENCE_12M", target: 5, owner: "Head of People" },
      { measure: "The programme pays for itself", metric: "ROI_PERCENT", target: 0, owner: "Executive sponsor" },
    ],
  },
  onboarding: {
    label: "Onboarding",
    description: "Help new joiners settle in and stay.",
    rows: [
      { measure: "Every new joiner has a mentor", metric: "MATCH_RATE", target: 95, owner: "Programme coordinator" },
      {
        measure: "New joiners meet their mentor often",
        metric: "SESSIONS_PER_PAIR_MONTH",
        target: 2,
        owner: "Programme coordinator",
      },
      { measure: "New joiners find it useful", metric: "SESSION_USEFULNESS", target: 4, owner: "Programme coordinator" },
      {
        measure: "New joiners get on with their mentor",
        metric: "PULSE_SATISFACTION",
        target: 4,
        owner: "Programme coordinator",
      },
      { measure: "New joiners stay their first year", metric: "RETENTION_12M", target: 85, owner: "HR business partner" },
    ],
  },
  skills: {
    label: "Skills",
    description: "Build skills the organisation needs.",
    rows: [
      { measure: "Pairs keep meeting", metric: "ACTIVE_PAIR_SHARE", target: 75, owner: "Programme coordinator" },
      {
        measure: "Sessions happen at the agreed rhythm",
        metric: "SESSIONS_PER_PAIR_MONTH",
        target: 1.5,
        owner: "Programme coordinator",
      },
      { measure: "Participants value the sessions", metric: "SESSION_USEFULNESS", target: 4, owner: "Learning and development" },
      { measure: "Mentees rate their skills higher", metric: "SKILLS_CHANGE", target: 0.5, owner: "Learning and development" },
      { measure: "Pairs reach the goals they set", metric: "GOALS_MET", target: 70, owner: "Programme coordinator" },
    ],
  },
} as const satisfies Record<string, { label: string; description: string; rows: readonly TemplateRow[] }>;

export type KpiTemplateKey = keyof typeof kpiTemplates;
export const kpiTemplateKeys = Object.keys(kpiTemplates) as KpiTemplateKey[];
