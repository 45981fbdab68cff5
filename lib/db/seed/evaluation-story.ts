import Papa from "papaparse";
import type { Actor } from "@/lib/auth/permissions";
import { dayMs } from "@/lib/dates";
import type { PrismaClient } from "@/lib/db/generated/client";
import { demoEmail, demoPeople } from "@/lib/db/seed/org-chart";
import { applyHrImport } from "@/lib/hr/import";
import { applyKpiTemplate, saveRoiAssumptions } from "@/lib/kpi/kpi-rows";
import { seededRandom } from "@/lib/matching/random";
import { applyPeopleImport } from "@/lib/people/apply-import";
import { peopleColumns } from "@/lib/people/schemas";

/**
 * The evaluation story: a closed 2025 cohort of 30 pairs, the colleagues around them (several
 * hundred people in the directory), and two years of HR history in which participants leave a
 * little less often and are promoted a little more. Directory and HR data go through the same
 * imports an administrator uses; the estimate the dashboard shows is whatever those produce.
 */

const first = [
  "Alex",
  "Bea",
  "Cyrus",
  "Daria",
  "Eli",
  "Fern",
  "Gideon",
  "Hollie",
  "Isaac",
  "Joy",
  "Kai",
  "Lorna",
  "Milo",
  "Nell",
  "Otto",
  "Pia",
  "Quinn",
  "Rhea",
  "Silas",
  "Tess",
  "Umar",
  "Vera",
  "Wes",
  "Xena",
  "Yusuf",
  "Zoe",
  "Arlo",
  "Bryn",
  "Cleo",
  "Dev",
];
const last = [
  "Abbott",
  "Baines",
  "Carver",
  "Dalton",
  "Ellis",
  "Foster",
  "Gale",
  "Hart",
  "Irwin",
  "Jennings",
  "Keane",
  "Lowe",
  "Marsh",
  "Nash",
  "Oakley",
  "Pryce",
  "Quill",
  "Rowe",
  "Sutton",
  "Tate",
  "Upton",
  "Vance",
  "Wren",
  "Yates",
  "Ashby",
  "Booth",
  "Crane",
  "Doyle",
  "Eaton",
  "Frost",
];

const departments = [
  {
    name: "Engineering",
    manager: "Tomasz Nowak",
    site: "London",
    zone: "Europe/London",
    leaves: 0.1,
    title: ["Software Engineer", "Senior Software Engineer"],
  },
  {
    name: "Product",
    manager: "Sofia Rossi",
    site: "Berlin",
    zone: "Europe/Berlin",
    leaves: 0.1,
    title: ["Product Analyst", "Product Manager"],
  },
  {
    name: "Sales",
    manager: "Robert Hughes",
    site: "New York",
    zone: "America/New_York",
    leaves: 0.24,
    title: ["Sales Representative", "Account Executive"],
  },
  {
    name: "Customer Success",
    manager: "Jamal Washington",
    site: "Austin",
    zone: "America/Chicago",
    leaves: 0.2,
    title: ["Support Engineer", "Customer Success Manager"],
  },
  {
    name: "Operations",
    manager: "Henrik Berg",
    site: "Berlin",
    zone: "Europe/Berlin",
    leaves: 0.12,
    title: ["Operations Analyst", "Operations Specialist"],
  },
  {
    name: "Finance",
    manager: "Victoria Sterling",
    site: "London",
    zone: "Europe/London",
    leaves: 0.08,
    title: ["Financial Analyst", "Senior Accountant"],
  },
];

const cohortSlug = "growth-cohort-2025";
const cohortPairs = 30;
const peersPerParticipant = 4;
const scattered = 60;

interface Generated {
  name: string;
  email: string;
  department: (typeof departments)[number];
  level: number;
  hireDate: Date;
  role: "MENTOR" | "MENTEE" | null;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function directory(now: Date, start: Date): Generated[] {
  const random = seededRandom(2025);
  const taken = new Set(demoPeople.map((p) => demoEmail(p.name)));
  const people: Generated[] = [];
  let k = 0;
  const nextName = () => {
    for (;;) {
      const name = `${first[k % 30]} ${last[(Math.floor(k / 30) + k) % 30]}`;
      k += 1;
      if (!taken.has(demoEmail(name))) {
        taken.add(demoEmail(name));
        return name;
      }
    }
  };
  // Everyone sits below their department's manager, so reporting lines climb in level.
  const managerLevel = new Map(demoPeople.map((p) => [p.name, p.level]));
  const below = (department: Generated["department"], level: number) =>
    Math.min(level, (managerLevel.get(department.manager) ?? 9) - 1);
  // Each participant sits in a team of peers like them: same department, level, site and tenure.
  for (let pair = 0; pair < cohortPairs; pair += 1) {
    for (const role of ["MENTEE", "MENTOR"] as const) {
      const department = departments[pair % departments.length]!;
      const level = below(department, role === "MENTEE" ? 2 + (pair % 3) : 5 + (pair % 3));
      const tenureYears = [1.6, 3.8, 6.5][(pair + (role === "MENTOR" ? 1 : 0)) % 3]!;
      for (let member = 0; member <= peersPerParticipant; member += 1) {
        const hired = new Date(start.getTime() - (tenureYears * 365 + Math.floor(random() * 60)) * dayMs);
        const name = nextName();
        people.push({ name, email: demoEmail(name), department, level, hireDate: hired, role: member === 0 ? role : null });
      }
    }
  }
  for (let other = 0; other < scattered; other += 1) {
    const name = nextName();
    const department = departments[Math.floor(random() * departments.length)]!;
    const hired = new Date(now.getTime() - Math.floor(200 + random() * 3000) * dayMs);
    people.push({
      name,
      email: demoEmail(name),
      department,
      level: below(department, 1 + Math.floor(random() * 7)),
      hireDate: hired,
      role: null,
    });
  }
  return people;
}

function directoryCsv(people: Generated[]): string {
  return Papa.unparse({
    fields: [...peopleColumns],
    data: people.map((p) => [
      p.name,
      p.email,
      p.department.name,
      p.department.title[p.level >= 4 ? 1 : 0],
      String(p.level),
      demoEmail(p.department.manager),
      p.department.site,
      p.department.zone,
      day(p.hireDate),
    ]),
  });
}

/** Two years of exits, promotions, salaries, ratings and engagement scores. */
function hrHistoryCsv(people: Generated[], now: Date, start: Date): string {
  const random = seededRandom(730);
  const windowStart = new Date(now.getTime() - 730 * dayMs);
  const dataEnd = new Date(now.getTime() - 14 * dayMs);
  const rows: string[][] = [];
  const salaryOf = (level: number) => 30_000 + level * 8_500 + Math.floor(random() * 6) * 1_000;
  for (const p of people) {
    const participant = p.role !== null;
    const salary = salaryOf(p.level);
    const hired = p.hireDate > windowStart ? p.hireDate : windowStart;
    // Exponential times to a voluntary and an involuntary exit from when the person is first observed.
    const origin = participant ? start : hired;
    const yearly = (rate: number) => -Math.log(1 - random()) / (-Math.log(1 - rate) / 365.25);
    const voluntary = yearly(participant ? p.department.leaves * 0.55 : p.department.leaves);
    const involuntary = yearly(0.03);
    const exitDays = Math.min(voluntary, involuntary);
    const exit = new Date(origin.getTime() + Math.ceil(exitDays) * dayMs);
    const left = exit < dataEnd ? exit : null;
    const here = (date: Date) => date >= p.hireDate && date < dataEnd && (!left || date < left);
    const event = (
      kind: string,
      date: Date,
      fields: Partial<Record<"voluntary" | "new level" | "annual salary" | "salary band" | "rating" | "engagement", string>>,
    ) =>
      rows.push([
        p.email,
        kind,
        day(date),
        fields.voluntary ?? "",
        fields["new level"] ?? "",
        fields["annual salary"] ?? "",
        fields["salary band"] ?? "",
        fields.rating ?? "",
        fields.engagement ?? "",
      ]);
    event("salary", hired, { "annual salary": String(salary), "salary band": `L${p.level}` });
    const review = new Date(now.getTime() - 365 * dayMs);
    if (here(review))
      event("salary", review, { "annual salary": String(Math.round(salary * 1.03)), "salary band": `L${p.level}` });
    const promotedAfter = yearly(participant ? 0.24 : 0.12);
    const promoted = new Date(origin.getTime() + Math.ceil(promotedAfter) * dayMs);
    if (p.level < 9 && here(promoted)) event("promotion", promoted, { "new level": String(p.level + 1) });
    const ratingDay = new Date(now.getTime() - 400 * dayMs);
    if (here(ratingDay))
      event("rating", ratingDay, { rating: String(2 + Math.floor(random() * 3) + (participant && random() < 0.3 ? 1 : 0)) });
    if (here(dataEnd) || !left)
      event("engagement", dataEnd, { engagement: String(55 + Math.floor(random() * 30) + (participant ? 5 : 0)) });
    if (left) event("exit", left, { voluntary: voluntary < involuntary ? "yes" : "no" });
  }
  for (const person of demoPeople) {
    const hired = new Date(`${person.hireDate}T00:00:00Z`);
    rows.push([
      demoEmail(person.name),
      "salary",
      day(hired > windowStart ? hired : windowStart),
      "",
      "",
      String(30_000 + person.level * 9_000),
      `L${person.level}`,
      "",
      "",
    ]);
  }
  return Papa.unparse({
    fields: ["email", "event", "date", "voluntary", "new level", "annual salary", "salary band", "rating", "engagement"],
    data: rows,
  });
}

export async function seedEvaluationStory(
  db: PrismaClient,
  now: Date,
): Promise<{ people: number; pairs: number; sessions: number }> {
  const admin = await db.user.findUniqueOrThrow({ where: { email: demoEmail("Sam Whitfield") } });
  const coordinator = await db.user.findUniqueOrThrow({ where: { email: demoEmail("Amara Okafor") } });
  const asActor = (u: typeof admin): Actor => ({ id: u.id, name: u.name, email: u.email, role: u.role });
  const start = new Date(Math.floor((now.getTime() - 640 * dayMs) / dayMs) * dayMs);
  const end = new Date(start.getTime() + 365 * dayMs);
  const people = directory(now, start);

  // Already told once: the story's dates are relative to the first run, so a second run leaves them be.
  const existing = await db.program.findUnique({ where: { slug: cohortSlug }, select: { id: true } });
  if (existing) return { people: people.length, pairs: cohortPairs, sessions: 0 };

  await applyPeopleImport(asActor(admin), directoryCsv(people));
  const ids = new Map(
    (await db.user.findMany({ where: { email: { in: people.map((p) => p.email) } }, select: { id: true, email: true } })).map(
      (u) => [u.email, u.id],
    ),
  );

  const program = await db.program.create({
    data: {
      slug: cohortSlug,
      name: "Growth Cohort 2025",
      purpose: "A year of one-to-one mentoring for early-career people across the company, to keep and grow the people we hire.",
      type: "ONE_TO_ONE",
      status: "CLOSED",
      startDate: start,
      endDate: end,
      meetingCadence: "Monthly, at least an hour",
      createdById: coordinator.id,
      goals: {
        create: [
          { title: "Keep early-career talent", objective: "Voluntary exits among mentees below the company rate", position: 1 },
          { title: "Grow internal candidates", objective: "More mentees promoted within a year", position: 2 },
        ],
      },
      budgetLines: {
        create: [
          { description: "Mentor training workshops", category: "Training", amountCents: 1_200_000 },
          { description: "Kick-off and closing events", category: "Events", amountCents: 450_000 },
          { description: "Programme platform and materials", category: "Tools", amountCents: 300_000 },
        ],
      },
    },
  });
  const participants = people.filter((p) => p.role !== null);
  await db.participation.createMany({
    data: participants.map((p) => ({
      programId: program.id,
      userId: ids.get(p.email)!,
      role: p.role!,
      status: "APPROVED" as const,
      capacity: 1,
      appliedAt: new Date(start.getTime() - 30 * dayMs),
      decidedAt: new Date(start.getTime() - 20 * dayMs),
      codeOfConductAcceptedAt: new Date(start.getTime() - 30 * dayMs),
      readinessCompletedAt: p.role === "MENTOR" ? new Date(start.getTime() - 10 * dayMs) : null,
    })),
  });
  const parts = new Map(
    (await db.participation.findMany({ where: { programId: program.id }, select: { id: true, userId: true, role: true } })).map(
      (p) => [`${p.userId}|${p.role}`, p.id],
    ),
  );
  const mentees = participants.filter((p) => p.role === "MENTEE");
  const mentors = participants.filter((p) => p.role === "MENTOR");
  const random = seededRandom(42);
  const sessions: {
    id: string;
    matchId: string;
    occurredAt: Date;
    durationMinutes: number;
    usefulness: number;
    topic: string;
  }[] = [];
  for (let k = 0; k < cohortPairs; k += 1) {
    const matchId = `seed-growth-match-${k}`;
    await db.match.create({
      data: {
        id: matchId,
        programId: program.id,
        menteeId: parts.get(`${ids.get(mentees[k]!.email)}|MENTEE`)!,
        mentorId: parts.get(`${ids.get(mentors[(k + 7) % cohortPairs]!.email)}|MENTOR`)!,
        status: "COMPLETED",
        source: "ALGORITHM",
        startedAt: start,
        endedAt: end,
      },
    });
    const meetings = 6 + Math.floor(random() * 6);
    for (let s = 0; s < meetings; s += 1)
      sessions.push({
        id: `seed-growth-session-${k}-${s}`,
        matchId,
        occurredAt: new Date(start.getTime() + (10 + s * 30 + Math.floor(random() * 10)) * dayMs),
        durationMinutes: 45 + 15 * Math.floor(random() * 3),
        usefulness: 3 + Math.floor(random() * 3),
        topic: [
          "Goals for the year",
          "Navigating a first promotion",
          "Feedback conversations",
          "Building a network",
          "Prioritising work",
        ][s % 5]!,
      });
  }
  await db.mentoringSession.createMany({ data: sessions, skipDuplicates: true });

  await applyHrImport(asActor(admin), hrHistoryCsv(people, now, start), now);
  await applyKpiTemplate(asActor(coordinator), { programId: program.id, template: "retention" });
  await saveRoiAssumptions(asActor(coordinator), {
    programId: program.id,
    replacementCostShare: 0.5,
    isolation: 0.5,
    confidence: 0.7,
    hourlyOverhead: 0.3,
    coordinatorHours: 160,
    coordinatorHourlyRate: 45,
    intangibles: [
      "Stronger networks across departments and sites",
      "Mentors' own leadership practice",
      "A culture of asking for help",
    ],
  });
  return { people: people.length, pairs: cohortPairs, sessions: sessions.length };
}
