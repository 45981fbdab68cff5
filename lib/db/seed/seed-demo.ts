import { seedOrganizationSettings } from "@/lib/db/seed/seed-organization-settings";
import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { dayMs, utcDay } from "@/lib/dates";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import { demoEmail, demoPassword, demoPeople } from "@/lib/db/seed/org-chart";
import { seedEvaluationStory } from "@/lib/db/seed/evaluation-story";
import { seedPairsAtWork } from "@/lib/db/seed/pairs-at-work";
import { seedProgrammeOffice } from "@/lib/db/seed/seed-programme-office";
import { seedCircles } from "@/lib/db/seed/seed-circles";
import { seedFlashRound } from "@/lib/db/seed/seed-flash";
import { seedFeedbackRounds } from "@/lib/db/seed/seed-feedback-rounds";
import { seedPulses } from "@/lib/db/seed/seed-pulses";
import { seedSurveys } from "@/lib/db/seed/seed-surveys";
import { seedSelfMatchRequests } from "@/lib/db/seed/seed-self-match";
import { seedSponsors } from "@/lib/db/seed/seed-sponsors";
import {
  availabilitySlots,
  draftProgram,
  flashProgram,
  circlesProgram,
  goalReasonPool,
  interestPool,
  demoCodeOfConduct,
  demoGoals,
  leadershipProgram,
  learningStyles,
  reverseProgram,
  selfMatchProgram,
  sharedGrowthSkills,
  skillsByDepartment,
  springCohort,
} from "@/lib/db/seed/programs";

export interface SeedSummary {
  people: number;
  programs: number;
  matches: number;
  sessions: number;
}

/**
 * Writes the Northwind Labs demo organisation. Idempotent: every row is keyed by a natural key
 * (email, slug, pair) or a fixed id, so running it again changes nothing already there.
 */
export async function seedDemoOrganisation(db: PrismaClient, now = new Date()): Promise<SeedSummary> {
  const passwordHash = await hashPassword(demoPassword);
  await db.skill.createMany({
    data: [...new Set([...Object.values(skillsByDepartment).flat(), ...sharedGrowthSkills])].map((name) => ({
      name,
      approved: true,
    })),
    skipDuplicates: true,
  });
  const userIds = await seedPeople(db, passwordHash);
  await seedProfiles(db, userIds);
  await seedOrganizationSettings(db, now);

  const leadership = await upsertDemoProgram(
    db,
    leadershipProgram,
    new Date(now.getTime() - leadershipProgram.startedDaysAgo * dayMs),
    userIds.get("Amara Okafor"),
  );
  // Enrolment ran for a fortnight, six weeks before the programme started.
  const leadershipOpened = new Date(now.getTime() - (leadershipProgram.startedDaysAgo + 45) * dayMs);
  const mentorParticipation = await enrol(
    db,
    leadership.id,
    userIds,
    leadershipProgram.mentors,
    "MENTOR",
    "APPROVED",
    2,
    leadershipOpened,
  );
  const menteeParticipation = await enrol(
    db,
    leadership.id,
    userIds,
    leadershipProgram.mentees,
    "MENTEE",
    "APPROVED",
    1,
    leadershipOpened,
  );

  for (const [index, pair] of leadershipProgram.pairs.entries()) {
    const mentorId = required(mentorParticipation.get(pair.mentor), pair.mentor);
    const menteeId = required(menteeParticipation.get(pair.mentee), pair.mentee);
    const active = pair.sessionsDaysAgo.length > 0;
    await db.match.upsert({
      where: { id: `seed-match-${index}` },
      create: {
        id: `seed-match-${index}`,
        programId: leadership.id,
        mentorId,
        menteeId,
        score: pair.score,
        source: "ALGORITHM",
        status: active ? "ACTIVE" : "PROPOSED",
        startedAt: active ? new Date(now.getTime() - (Math.max(...pair.sessionsDaysAgo) + 3) * dayMs) : null,
      },
      update: {},
    });
  }

  const reverse = await upsertDemoProgram(
    db,
    reverseProgram,
    new Date(now.getTime() + reverseProgram.startsInDays * dayMs),
    userIds.get("Amara Okafor"),
  );
  const reverseOpened = new Date(now.getTime() - 16 * dayMs);
  await enrol(db, reverse.id, userIds, reverseProgram.mentors, "MENTOR", "APPLIED", 1, reverseOpened);
  await enrol(db, reverse.id, userIds, reverseProgram.mentees, "MENTEE", "APPLIED", 1, reverseOpened);

  await db.program.upsert({
    where: { slug: draftProgram.slug },
    create: { ...draftProgram, createdById: userIds.get("Rosa Delgado") },
    update: {},
  });

  const spring = await upsertDemoProgram(
    db,
    springCohort,
    new Date(now.getTime() + springCohort.startsInDays * dayMs),
    userIds.get("Amara Okafor"),
    { matchingMode: "ADMIN" },
  );
  const springOpened = new Date(now.getTime() - 40 * dayMs);
  await enrol(db, spring.id, userIds, springCohort.mentors, "MENTOR", "APPROVED", 2, springOpened, springCohort.mentorsNotReady);
  await enrol(db, spring.id, userIds, springCohort.mentees, "MENTEE", "APPROVED", 1, springOpened);

  const circle = await upsertDemoProgram(
    db,
    selfMatchProgram,
    new Date(now.getTime() - selfMatchProgram.startedDaysAgo * dayMs),
    userIds.get("Rosa Delgado"),
    { matchingMode: "SELF_MATCH", selfMatchRequestLimit: 3, selfMatchResponseDays: 5 },
  );
  const circleOpened = new Date(now.getTime() - (selfMatchProgram.startedDaysAgo + 40) * dayMs);
  await enrol(db, circle.id, userIds, selfMatchProgram.mentors, "MENTOR", "APPROVED", 2, circleOpened);
  await enrol(db, circle.id, userIds, selfMatchProgram.mentees, "MENTEE", "APPROVED", 1, circleOpened);

  for (const [slug, goals] of Object.entries(demoGoals)) {
    const program = await db.program.update({
      where: { slug },
      data: {},
      select: { id: true, codeOfConduct: true, _count: { select: { goals: true } } },
    });
    if (program.codeOfConduct === "")
      await db.program.update({
        where: { id: program.id },
        data: { codeOfConduct: demoCodeOfConduct, meetingCadence: "Every two weeks, at least 45 minutes" },
      });
    if (program._count.goals === 0)
      await db.programGoal.createMany({ data: goals.map((goal, k) => ({ programId: program.id, ...goal, position: k + 1 })) });
  }

  await seedPairsAtWork(db, leadership.id, now);
  await seedProgrammeOffice(db, now);
  // Before the pulses: the circles' pairs started a month ago, so their first pulse is due with the others.
  const circles = await seedRunningProgram(db, circlesProgram, "Every two weeks, 75 minutes, as a circle", userIds, now);
  await seedCircles(db, circles.id, now);
  // Approved after the first circles were published: the next circle waits to be matched.
  const nextOpened = new Date(now.getTime() - 20 * dayMs);
  await enrol(db, circles.id, userIds, circlesProgram.nextMentors, "MENTOR", "APPROVED", 1, nextOpened);
  await enrol(db, circles.id, userIds, circlesProgram.nextMentees, "MENTEE", "APPROVED", 1, nextOpened);
  await seedPulses(db, now);
  await seedFeedbackRounds(db, now);
  await seedSurveys(db, now);
  await seedSelfMatchRequests(db, now);
  const story = await seedEvaluationStory(db, now);
  await seedSponsors(db, now);

  const flash = await seedRunningProgram(db, flashProgram, "One conversation of about 45 minutes per round", userIds, now);
  await seedFlashRound(db, flash.id, now);

  return {
    people: userIds.size + story.people,
    programs: 7,
    matches: leadershipProgram.pairs.length,
    sessions: await db.mentoringSession.count(),
  };
}

/**
 * A programme that started `startedDaysAgo` days ago, with its mentors and mentees approved a
 * month before that. Found again by its slug on a second run.
 */
async function seedRunningProgram(
  db: PrismaClient,
  spec: (typeof flashProgram | typeof circlesProgram) & { maxGroupSize?: number },
  meetingCadence: string,
  userIds: Map<string, string>,
  now: Date,
): Promise<{ id: string }> {
  const program = await upsertDemoProgram(
    db,
    spec,
    new Date(now.getTime() - spec.startedDaysAgo * dayMs),
    userIds.get("Amara Okafor"),
    { maxGroupSize: spec.maxGroupSize ?? null, meetingCadence },
  );
  const opened = new Date(now.getTime() - (spec.startedDaysAgo + 30) * dayMs);
  await enrol(db, program.id, userIds, spec.mentors, "MENTOR", "APPROVED", 1, opened);
  await enrol(db, program.id, userIds, spec.mentees, "MENTEE", "APPROVED", 1, opened);
  return program;
}

/** A demo programme from its spec, running `lengthDays` from `startDate`; found again by its slug on a second run. */
async function upsertDemoProgram(
  db: PrismaClient,
  spec: { slug: string; name: string; purpose: string; type: ProgramType; status: ProgramStatus; lengthDays: number },
  startDate: Date,
  createdById: string | undefined,
  settings: Pick<
    Prisma.ProgramUncheckedCreateInput,
    "matchingMode" | "selfMatchRequestLimit" | "selfMatchResponseDays" | "maxGroupSize" | "meetingCadence"
  > = {},
): Promise<{ id: string }> {
  const { slug, name, purpose, type, status, lengthDays } = spec;
  const endDate = new Date(startDate.getTime() + lengthDays * dayMs);
  return db.program.upsert({
    where: { slug },
    create: { slug, name, purpose, type, status, ...settings, startDate, endDate, createdById },
    update: {},
    select: { id: true },
  });
}

async function seedPeople(db: PrismaClient, passwordHash: string): Promise<Map<string, string>> {
  const departmentIds = new Map<string, string>();
  for (const name of new Set(demoPeople.map((p) => p.department))) {
    const department = await db.department.upsert({ where: { name }, create: { name }, update: {} });
    departmentIds.set(name, department.id);
  }
  const userIds = new Map<string, string>();
  // The list runs top-down, so each manager exists before their reports.
  for (const person of demoPeople) {
    const fields = {
      name: person.name,
      role: person.role ?? ("EMPLOYEE" as const),
      departmentId: departmentIds.get(person.department),
      title: person.title,
      level: person.level,
      managerId: person.manager ? required(userIds.get(person.manager), person.manager) : null,
      location: person.location,
      timeZone: person.timeZone,
      hireDate: utcDay(person.hireDate),
    };
    const email = demoEmail(person.name);
    const user = await db.user.upsert({ where: { email }, create: { email, passwordHash, ...fields }, update: fields });
    userIds.set(person.name, user.id);
  }
  return userIds;
}

async function seedProfiles(db: PrismaClient, userIds: Map<string, string>): Promise<void> {
  for (const [index, person] of demoPeople.entries()) {
    const userId = required(userIds.get(person.name), person.name);
    const ownSkills = skillsByDepartment[person.department] ?? [];
    const senior = person.level >= 6;
    await db.profile.upsert({
      where: { userId },
      create: {
        userId,
        headline: `${person.title}, ${person.department}`,
        bio: senior
          ? `${person.title} in ${person.department} based in ${person.location}. Happy to share what I have learned about leading teams and growing a career here.`
          : `${person.title} in ${person.department} based in ${person.location}, looking to grow towards my next role.`,
        yearsExperience: Math.max(1, person.level * 2 + (index % 3)),
        skillsOffered: senior
          ? [...ownSkills.slice(0, 3), sharedGrowthSkills[index % sharedGrowthSkills.length]!]
          : ownSkills.slice(0, 2),
        skillsWanted: senior
          ? []
          : [
              sharedGrowthSkills[index % sharedGrowthSkills.length]!,
              sharedGrowthSkills[(index + 2) % sharedGrowthSkills.length]!,
            ],
        interests: [interestPool[index % interestPool.length]!, interestPool[(index + 3) % interestPool.length]!],
        languages: person.location === "Berlin" ? ["English", "German"] : ["English"],
        goalReasons: senior
          ? [0, 2, 4, 5].map((k) => goalReasonPool[(index + k) % goalReasonPool.length]!)
          : [goalReasonPool[index % goalReasonPool.length]!, goalReasonPool[(index + 3) % goalReasonPool.length]!],
        availability: availabilitySlots.filter((_, k) => (k + index) % 3 !== 0),
        learningStyle: index % 5 === 4 ? null : learningStyles[index % learningStyles.length]!,
      },
      update: {},
    });
  }
}

async function enrol(
  db: PrismaClient,
  programId: string,
  userIds: Map<string, string>,
  names: string[],
  role: "MENTOR" | "MENTEE",
  status: "APPLIED" | "APPROVED",
  capacity: number,
  /** When enrolment opened: applications arrive over the following two weeks, decisions a few days later. */
  enrolmentOpened: Date,
  notReady: string[] = [],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [k, name] of names.entries()) {
    const userId = required(userIds.get(name), name);
    const appliedAt = new Date(
      enrolmentOpened.getTime() + ((k * 5 + (role === "MENTOR" ? 1 : 3)) % 14) * dayMs + (k % 7) * 3_600_000,
    );
    const decidedAt = new Date(appliedAt.getTime() + (2 + (k % 4)) * dayMs);
    const participation = await db.participation.upsert({
      where: { programId_userId_role: { programId, userId, role } },
      create: {
        programId,
        userId,
        role,
        status,
        capacity,
        appliedAt,
        decidedAt: status === "APPROVED" ? decidedAt : null,
        codeOfConductAcceptedAt: appliedAt,
        readinessCompletedAt: role === "MENTOR" && status === "APPROVED" && !notReady.includes(name) ? decidedAt : null,
      },
      update: {},
    });
    if (participation.readinessCompletedAt) {
      const ratings = {
        feedback: 4,
        patience: 4,
        enthusiasm: 5,
        listening: 4,
        observation: 3,
        communication: 4,
        selfAwareness: 4,
        companyKnowledge: 5,
      };
      await db.readinessCheck.upsert({
        where: { participationId: participation.id },
        create: {
          participationId: participation.id,
          ratings,
          reflection: "Happy to share what I have learned.",
          submittedAt: participation.readinessCompletedAt,
        },
        update: {},
      });
    }
    ids.set(name, participation.id);
  }
  return ids;
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Demo data refers to ${name}, who is not in the org chart.`);
  return value;
}
