/** The demo programmes: one running, one taking applications, one still being designed. */
export interface DemoPair {
  mentor: string;
  mentee: string;
  score: number;
  /** Days before the seed ran on which the pair met; none means the match is still a proposal. */
  sessionsDaysAgo: number[];
}

export const leadershipProgram = {
  slug: "leadership-accelerator-2026",
  name: "Leadership Accelerator 2026",
  purpose:
    "Grow the next generation of leaders by pairing high-potential individual contributors with experienced managers from other departments, so knowledge and networks cross team lines.",
  type: "ONE_TO_ONE" as const,
  status: "ACTIVE" as const,
  startedDaysAgo: 95,
  lengthDays: 270,
  mentors: [
    "Daniel Reyes",
    "Sofia Rossi",
    "Grace Kim",
    "Robert Hughes",
    "Victoria Sterling",
    "Charlotte Evans",
    "Henrik Berg",
    "Jamal Washington",
    "Aisha Bello",
    "Diego Alvarez",
  ],
  mentees: [
    "Lena Fischer",
    "Priya Nair",
    "Jonas Weber",
    "Samuel Adeyemi",
    "Nadia Petrova",
    "Lucas Moreau",
    "Theo Jansen",
    "Zara Ahmed",
    "Emily Johnson",
    "Noah Fitzgerald",
    "Mateo Silva",
    "Maya Goldberg",
    "Tyler Robinson",
    "Owen Davies",
  ],
  pairs: [
    { mentor: "Sofia Rossi", mentee: "Lena Fischer", score: 0.86, sessionsDaysAgo: [84, 70, 56, 42, 28, 12] },
    { mentor: "Daniel Reyes", mentee: "Nadia Petrova", score: 0.81, sessionsDaysAgo: [80, 66, 50, 35, 20, 6] },
    { mentor: "Daniel Reyes", mentee: "Maya Goldberg", score: 0.74, sessionsDaysAgo: [75, 60, 44, 30, 9] },
    { mentor: "Grace Kim", mentee: "Samuel Adeyemi", score: 0.78, sessionsDaysAgo: [78, 63, 47, 33, 15] },
    { mentor: "Robert Hughes", mentee: "Noah Fitzgerald", score: 0.69, sessionsDaysAgo: [82, 61, 48] },
    { mentor: "Victoria Sterling", mentee: "Emily Johnson", score: 0.72, sessionsDaysAgo: [90, 76, 61, 45] },
    { mentor: "Charlotte Evans", mentee: "Priya Nair", score: 0.77, sessionsDaysAgo: [73, 58, 37, 22, 4] },
    { mentor: "Henrik Berg", mentee: "Tyler Robinson", score: 0.66, sessionsDaysAgo: [76, 41] },
    { mentor: "Jamal Washington", mentee: "Mateo Silva", score: 0.71, sessionsDaysAgo: [65, 50, 34, 18, 5] },
    { mentor: "Aisha Bello", mentee: "Theo Jansen", score: 0.75, sessionsDaysAgo: [68, 53, 39, 24, 8] },
    { mentor: "Diego Alvarez", mentee: "Zara Ahmed", score: 0.64, sessionsDaysAgo: [] },
  ] satisfies DemoPair[],
};

export const reverseProgram = {
  slug: "reverse-mentoring-digital-fluency",
  name: "Reverse Mentoring: Digital Fluency",
  purpose:
    "Early-career colleagues mentor senior leaders on AI tools, social platforms and how new joiners work, while leaders share context on strategy and decision-making.",
  type: "REVERSE" as const,
  status: "ENROLMENT" as const,
  startsInDays: 30,
  lengthDays: 180,
  mentors: ["Jonas Weber", "Ravi Patel", "Leila Karimi", "Felix Braun"],
  mentees: ["Marcus Bell", "Yuki Tanaka", "Ingrid Larsen"],
};

export const draftProgram = {
  slug: "new-manager-foundations",
  name: "New Manager Foundations",
  purpose: "Small groups of first-time managers meet an experienced manager every two weeks through their first six months.",
  type: "GROUP" as const,
  status: "DRAFT" as const,
  maxGroupSize: 4,
};

export const sessionNotes = [
  {
    topic: "Goals and ways of working",
    progress: "Agreed three SMART goals and a fortnightly rhythm.",
    difficulties: "",
    nextSteps: "Write the goals into the pair page; book the next four sessions.",
    reflection: "I talked more than I listened. Ask more open questions next time.",
  },
  {
    topic: "Stakeholder mapping",
    progress: "Mapped key stakeholders for the Q3 roadmap and planned two introductions.",
    difficulties: "Finding time with senior stakeholders.",
    nextSteps: "Send the two introduction e-mails before Friday.",
    reflection: "The stakeholder map made me realise how narrow my network still is.",
  },
  {
    topic: "Giving difficult feedback",
    progress: "Role-played a feedback conversation; will try the SBI model this week.",
    difficulties: "",
    nextSteps: "Use SBI in the one-to-one with the new analyst; note how it lands.",
    reflection: "Role-play felt awkward, but it is the part I remember best.",
  },
  {
    topic: "Presenting to leadership",
    progress: "Reviewed the draft deck; tightened the narrative to one decision.",
    difficulties: "Nervous about Q&A.",
    nextSteps: "Dry run of the deck next session; list the five hardest questions.",
    reflection: "Nerves are about being judged, not about the content. Worth naming.",
  },
  {
    topic: "Career direction",
    progress: "Compared a management track with a staff track; listed skills to build for each.",
    difficulties: "",
    nextSteps: "Talk to two staff engineers about their week before deciding.",
    reflection: "I lean towards management for the wrong reason (status). Keep checking that.",
  },
  {
    topic: "Prioritisation under pressure",
    progress: "Applied an impact–effort grid to the backlog; dropped two low-value tasks.",
    difficulties: "Competing asks from two managers.",
    nextSteps: "Agree one shared priority list with both managers.",
    reflection: "Saying no went better than I feared.",
  },
];

/** SMART goals the demo pairs agreed: what, measure, target, support, milestones, days until due. */
export const demoPairGoals = [
  {
    title: "Present the roadmap to the leadership team",
    measure: "Roadmap presentations given to leadership",
    target: "1 by the end of next quarter",
    support: "A dry run with my mentor; a slot on the leadership agenda",
    milestones: ["Draft the deck", "Dry run with mentor", "Present"],
    dueInDays: 75,
    programGoal: 0,
  },
  {
    title: "Lead a cross-team initiative",
    measure: "Initiatives I lead that involve two or more teams",
    target: "1 running, with a named sponsor",
    support: "Introductions to two department heads",
    milestones: ["Pick the problem", "Find a sponsor", "Kick-off"],
    dueInDays: 110,
    programGoal: 1,
  },
  {
    title: "Give regular, specific feedback",
    measure: "Feedback conversations using SBI, logged weekly",
    target: "2 a week for 6 weeks",
    support: "",
    milestones: ["Learn SBI", "First three conversations"],
    dueInDays: 45,
    programGoal: 0,
  },
];

/** Pairs the demo leaves without a seeded agreement, so the "unsigned" path and its check-in show. */
export const pairsWithoutAgreement = ["Noah Fitzgerald"];

export const skillsByDepartment: Record<string, string[]> = {
  Engineering: ["System design", "Code review", "Technical leadership", "Incident management"],
  Product: ["Product discovery", "Roadmapping", "User research", "Stakeholder management"],
  Sales: ["Negotiation", "Account planning", "Forecasting", "Presenting"],
  Finance: ["Financial modelling", "Budgeting", "Business cases"],
  People: ["Coaching", "Facilitation", "Change management"],
  Marketing: ["Storytelling", "Brand strategy", "Data analysis"],
  Operations: ["Process improvement", "Vendor management", "Project management"],
  "Customer Success": ["Customer empathy", "Escalation handling", "Onboarding design"],
  "Executive Office": ["Strategy", "Executive presence", "Decision-making"],
};

export const sharedGrowthSkills = [
  "Leading without authority",
  "Executive presence",
  "Giving feedback",
  "Strategic thinking",
  "Public speaking",
];

export const interestPool = [
  "Running",
  "Chess",
  "Photography",
  "Cooking",
  "Climbing",
  "Jazz",
  "Gardening",
  "Board games",
  "Cycling",
  "Volunteering",
];

/** Waiting to be matched: the coordinator's matching workspace starts here. */
export const springCohort = {
  slug: "spring-mentoring-cohort-2027",
  name: "Spring Mentoring Cohort 2027",
  purpose:
    "A company-wide cohort pairing early- and mid-career colleagues with experienced mentors from other teams for six months of fortnightly conversations.",
  type: "ONE_TO_ONE" as const,
  status: "MATCHING" as const,
  startsInDays: 14,
  lengthDays: 180,
  mentors: [
    "Mei Lin",
    "Tomasz Nowak",
    "Claire Dubois",
    "Oliver Grant",
    "Fatima Al-Sayed",
    "Kwame Mensah",
    "Ethan Brooks",
    "Elena Popescu",
  ],
  /** Mentors who have not finished the readiness checklist yet. */
  mentorsNotReady: ["Ethan Brooks"],
  mentees: [
    "Carlos Mendoza",
    "Hannah Cohen",
    "Chloe Martin",
    "Arjun Sharma",
    "Gabriel Santos",
    "Amelia Wright",
    "Ana Costa",
    "Isabella Garcia",
    "Benjamin Clarke",
    "Olga Ivanova",
    "Ava Thompson",
    "Hye-jin Park",
  ],
};

/** Mentees pick their own mentor here, and mentors accept or decline. */
export const selfMatchProgram = {
  slug: "cross-team-mentoring-circle",
  name: "Cross-Team Mentoring Circle",
  purpose: "An always-open circle where anyone can ask an experienced colleague from another team to mentor them for a quarter.",
  type: "ONE_TO_ONE" as const,
  status: "ACTIVE" as const,
  startedDaysAgo: 20,
  lengthDays: 365,
  mentors: ["Claire Dubois", "Oliver Grant", "Kwame Mensah", "Rajesh Iyer"],
  mentees: ["Lena Fischer", "Ana Costa", "Ravi Patel"],
};

export const goalReasonPool = ["PROMOTION", "NEW_ROLE", "NEW_MANAGER", "HANDOVER", "NETWORK", "PROJECT", "SKILL"] as const;
export const learningStyles = ["ACTIVIST", "REFLECTOR", "THEORIST", "PRAGMATIST"] as const;
export const availabilitySlots = ["MON", "TUE", "WED", "THU", "FRI"].flatMap((day) =>
  ["AM", "PM"].map((part) => `${day}_${part}`),
);

export const demoCodeOfConduct = `Keep what is shared in mentoring conversations confidential, unless someone's safety is at risk.
Turn up prepared and on time; if you must cancel, give at least 24 hours' notice and rebook.
Give feedback that is honest, specific and kind, and receive it with curiosity.
Respect boundaries: mentoring is not line management, and neither side evaluates the other's performance.
Tell your coordinator early if the pairing is not working; nobody is blamed for a poor fit.`;

/** Goals per programme slug: what success looks like, and how it will be measured. */
export const demoGoals: Record<string, { title: string; objective: string }[]> = {
  "leadership-accelerator-2026": [
    { title: "Build a bench of internal leaders", objective: "25% of mentees promoted or in a stretch role within 12 months" },
    {
      title: "Strengthen cross-team networks",
      objective: "Every mentee names three new contacts outside their department by month 6",
    },
  ],
  "reverse-mentoring-digital-fluency": [
    {
      title: "Raise leaders' digital fluency",
      objective: "Senior mentees rate their confidence with new tools 4/5 or higher at the end",
    },
  ],
  "spring-mentoring-cohort-2027": [
    {
      title: "Retain early-career talent",
      objective: "Participants' 12-month retention at least 5 points above non-participants",
    },
    { title: "Grow confidence in career planning", objective: "80% of mentees have a written development plan by month 3" },
  ],
  "cross-team-mentoring-circle": [
    { title: "Share knowledge across teams", objective: "Each pair completes at least four sessions in a quarter" },
  ],
};

export const flashProgram = {
  slug: "flash-conversations-ask-an-expert",
  name: "Flash Conversations: Ask an Expert",
  purpose:
    "One-off conversations with a manager from another team: bring one question, get an hour of someone's experience, then meet someone new next round.",
  type: "FLASH" as const,
  status: "MATCHING" as const,
  startedDaysAgo: 40,
  lengthDays: 180,
  mentors: ["Henrik Berg", "Charlotte Evans", "Diego Alvarez"],
  mentees: ["Owen Davies", "Naomi Clarke"],
  /** The first round was matched this many days ago and its conversations held the day after. */
  firstRoundDaysAgo: 20,
};

/** The group programme that runs: two full circles matched a month ago, and a third mentor with
 * two mentees approved since, waiting for the coordinator to match the next circle. */
export const circlesProgram = {
  slug: "team-lead-circles",
  name: "Team Lead Circles",
  purpose:
    "Small circles of people stepping towards team leadership meet an experienced leader every two weeks and learn from each other's situations.",
  type: "GROUP" as const,
  status: "ACTIVE" as const,
  maxGroupSize: 3,
  startedDaysAgo: 35,
  lengthDays: 180,
  /** Matched and published this many days ago. */
  matchedDaysAgo: 30,
  mentors: ["Victoria Sterling", "Sofia Rossi"],
  mentees: ["Hannah Cohen", "Benjamin Clarke", "Chloe Martin", "Isabella Garcia", "Elena Popescu", "Carlos Mendoza"],
  /** Approved after the first circles were published: the next circle to match. */
  nextMentors: ["Henrik Berg"],
  nextMentees: ["Ava Thompson", "Samuel Adeyemi"],
};
