import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type {
  GlobalRole,
  MatchingMode,
  MatchStatus,
  ParticipantRole,
  ParticipationStatus,
  ProgramStatus,
} from "@/lib/db/generated/enums";
import { applyHrImport } from "@/lib/hr/import";
import type { RefusalWorld } from "./support/action-catalogue";

export const testPassword = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

/** A person with a unique email, so tests never collide with each other or with demo data. */
export async function createUser(overrides: { role?: GlobalRole; name?: string; email?: string; level?: number } = {}) {
  passwordHash ??= hashPassword(testPassword);
  const id = randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: overrides.email ?? `person-${id}@test.example`,
      name: overrides.name ?? `Test Person ${id}`,
      role: overrides.role ?? "EMPLOYEE",
      level: overrides.level ?? 4,
      passwordHash: await passwordHash,
    },
  });
}

/** A user row as the session would give it. */
export function asActor(user: { id: string; name: string; email: string; role: GlobalRole }): Actor {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

export async function createActor(role: GlobalRole): Promise<Actor> {
  return asActor(await createUser({ role }));
}

let programCount = 0;

/** A programme's design details as its form sends them; a test overrides what it is about. */
export function programDetailsInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "Women in Engineering",
    type: "ONE_TO_ONE",
    purpose: "Grow senior women engineers.",
    startDate: "2027-01-10",
    endDate: "2027-07-10",
    maxGroupSize: null,
    targetMentors: 10,
    targetMentees: 12,
    meetingCadence: "Every two weeks",
    scopeDepartmentIds: [] as string[],
    scopeLocations: "",
    codeOfConduct: "Keep what is shared confidential. Turn up prepared.",
    ...overrides,
  };
}

/** A programme (a draft unless told otherwise) with a unique slug. */
export async function createProgram(
  overrides: { status?: ProgramStatus; name?: string; createdById?: string; matchingMode?: MatchingMode } = {},
) {
  programCount += 1;
  const suffix = `${randomUUID().slice(0, 8)}-${programCount}`;
  return db.program.create({
    data: {
      name: overrides.name ?? `Test Programme ${suffix}`,
      slug: `test-programme-${suffix}`,
      status: overrides.status ?? "DRAFT",
      matchingMode: overrides.matchingMode ?? "ADMIN",
      createdById: overrides.createdById ?? null,
    },
  });
}

/** Someone taking part in a programme; approved unless told otherwise. */
export async function createParticipation(
  programId: string,
  role: ParticipantRole,
  overrides: { userId?: string; status?: ParticipationStatus; capacity?: number; level?: number } = {},
) {
  const userId = overrides.userId ?? (await createUser({ level: overrides.level ?? (role === "MENTOR" ? 7 : 3) })).id;
  return db.participation.create({
    data: {
      programId,
      userId,
      role,
      status: overrides.status ?? "APPROVED",
      capacity: overrides.capacity ?? 1,
    },
  });
}

/** A pair: live (ACTIVE) unless told otherwise; a PROPOSED pair belongs to `runId`. */
export async function createMatch(
  programId: string,
  mentorId: string,
  menteeId: string,
  overrides: { status?: MatchStatus; runId?: string; score?: number; startedAt?: Date } = {},
) {
  const status = overrides.status ?? "ACTIVE";
  return db.match.create({
    data: {
      programId,
      mentorId,
      menteeId,
      status,
      runId: overrides.runId ?? null,
      score: overrides.score ?? 0.5,
      startedAt: status === "ACTIVE" ? (overrides.startedAt ?? new Date("2026-01-05T09:00:00Z")) : null,
    },
  });
}

/** A live pair: an approved mentor and mentee (new people unless given) and their match. */
export async function createLivePair(
  programId: string,
  people: { mentorUserId?: string; menteeUserId?: string; startedAt?: Date } = {},
) {
  const mentorPart = await createParticipation(programId, "MENTOR", { userId: people.mentorUserId });
  const menteePart = await createParticipation(programId, "MENTEE", { userId: people.menteeUserId });
  const match = await createMatch(programId, mentorPart.id, menteePart.id, { startedAt: people.startedAt });
  return { mentorPart, menteePart, match };
}

/**
 * What tests/support/action-catalogue.ts refers to: programme A open for enrolment with an approved
 * mentor and mentees, a draft run with two proposals, a live pair, a pending request, a goal, a
 * question, skills, a resource, a pulse for the live pair's mentee, an open feedback round for the mentees and a sign-off request for the mentor as sponsor; and the mentee of programme B who must not reach any of it.
 */
export async function createRefusalWorld(): Promise<RefusalWorld & { otherParticipant: Actor }> {
  const department = await db.department.create({ data: { name: `Department ${randomUUID().slice(0, 8)}` } });
  const program = await createProgram({ status: "ENROLMENT", matchingMode: "HYBRID" });
  const mentor = await createParticipation(program.id, "MENTOR", { capacity: 3 });
  // A sign-off request waiting for programme A's sponsor (its mentor): nobody else may answer it.
  await db.program.update({
    where: { id: program.id },
    data: { sponsorId: mentor.userId, sponsorAskedAt: new Date("2026-01-04T09:00:00Z") },
  });
  const mentees = [];
  for (let k = 0; k < 3; k += 1) mentees.push(await createParticipation(program.id, "MENTEE"));
  const run = await db.matchingRun.create({ data: { programId: program.id, config: {}, summary: {} } });
  const proposal = await createMatch(program.id, mentor.id, mentees[0]!.id, { status: "PROPOSED", runId: run.id });
  const otherProposal = await createMatch(program.id, mentor.id, mentees[1]!.id, { status: "PROPOSED", runId: run.id });
  const live = await createMatch(program.id, mentor.id, mentees[2]!.id, { status: "AWAITING_CONFIRMATION" });
  const request = await db.matchRequest.create({
    data: { programId: program.id, menteeId: mentees[0]!.id, mentorId: mentor.id, rank: 1, status: "PENDING" },
  });
  const goal = await db.programGoal.create({
    data: { programId: program.id, title: "A goal", objective: "Met when it is met.", position: 0 },
  });
  const question = await db.applicationQuestion.create({
    data: { programId: program.id, kind: "SHORT_TEXT", prompt: "Why?", position: 0 },
  });
  const skill = await db.skill.create({ data: { name: `Skill ${randomUUID().slice(0, 8)}` } });
  const otherSkill = await db.skill.create({ data: { name: `Skill ${randomUUID().slice(0, 8)}`, approved: true } });
  const resource = await db.resource.create({
    data: { title: "A guide", kind: "GUIDE", url: "https://example.com/guide", programId: program.id },
  });
  const menteeOfLivePair = mentees[2]!;
  const pulseInvite = await db.pulseInvite.create({
    data: {
      programId: program.id,
      matchId: live.id,
      userId: menteeOfLivePair.userId,
      side: "MENTEE",
      round: 30,
      dueAt: new Date("2026-02-04T09:00:00Z"),
    },
  });
  const feedbackRound = await db.feedbackRound.create({
    data: {
      programId: program.id,
      audience: "MENTEES",
      cadence: "MONTHLY",
      period: "2099-01",
      openedAt: new Date("2026-01-04T09:00:00Z"),
      closesAt: new Date("2099-02-01T00:00:00Z"),
    },
  });
  const feedbackInvite = await db.feedbackInvite.create({
    data: { roundId: feedbackRound.id, userId: menteeOfLivePair.userId },
  });
  const survey = await db.survey.create({
    data: {
      programId: program.id,
      title: "Halfway",
      audience: "MENTEES",
      trigger: "PAIR_START",
      status: "LIVE",
      requestKey: randomUUID(),
      questions: { create: [{ position: 0, kind: "SCALE", prompt: "How is it going?" }] },
    },
    select: { id: true, questions: { select: { id: true } } },
  });
  const surveyInvite = await db.surveyInvite.create({
    data: {
      surveyId: survey.id,
      userId: menteeOfLivePair.userId,
      occasion: live.id,
      matchId: live.id,
      sentAt: new Date("2026-02-04T09:00:00Z"),
      closesAt: new Date("2099-02-01T00:00:00Z"),
    },
  });
  const draftSurvey = await db.survey.create({
    data: { programId: program.id, title: "Draft", audience: "MENTORS", trigger: "PROGRAM_END", requestKey: randomUUID() },
  });
  const programB = await createProgram({ status: "ACTIVE" });
  const other = await createParticipation(programB.id, "MENTEE");
  const otherUser = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
  return {
    programId: program.id,
    programSlug: program.slug,
    mentorId: mentor.id,
    menteeId: mentees[0]!.id,
    mentorUserId: mentor.userId,
    runId: run.id,
    proposalId: proposal.id,
    otherProposalId: otherProposal.id,
    liveMatchId: live.id,
    requestId: request.id,
    goalId: goal.id,
    questionId: question.id,
    skillId: skill.id,
    otherSkillId: otherSkill.id,
    resourceId: resource.id,
    departmentId: department.id,
    pulseInviteId: pulseInvite.id,
    feedbackRoundId: feedbackRound.id,
    feedbackInviteId: feedbackInvite.id,
    surveyId: survey.id,
    surveyQuestionId: survey.questions[0]!.id,
    surveyInviteId: surveyInvite.id,
    draftSurveyId: draftSurvey.id,
    otherParticipant: { id: otherUser.id, name: otherUser.name, email: otherUser.email, role: otherUser.role },
  };
}

/**
 * An organisation to evaluate: `pairs` mentees and their mentors in one live programme since
 * 6 January 2025, and `colleagues` who never took part, all alike in department (Engineering),
 * level 3, London and a 2022 hire date; everyone's salary on record from the HR import, with
 * `hrRows` (exits, later salaries) added to that file. Emails are `<mentee|mentor|colleague><k>@<domain>`.
 */
export async function createEvaluationOrganisation(options: {
  domain: string;
  pairs: number;
  colleagues: number;
  program: { slug: string; name: string; endDate: Date } & Partial<Prisma.ProgramCreateInput>;
  sessions: (pair: number) => { occurredAt: Date; durationMinutes: number; usefulness: number }[];
  hrRows: string[];
  importedAt: Date;
}) {
  const admin = await createActor("ADMIN");
  const department = await db.department.create({ data: { name: "Engineering" } });
  const person = (k: number, prefix: string) =>
    db.user.create({
      data: {
        email: `${prefix}${k}@${options.domain}`,
        name: `${prefix} ${k}`,
        departmentId: department.id,
        level: 3,
        location: "London",
        hireDate: utcDay("2022-03-01"),
      },
    });
  const mentees = await Promise.all(Array.from({ length: options.pairs }, (_, k) => person(k, "mentee")));
  const mentors = await Promise.all(Array.from({ length: options.pairs }, (_, k) => person(k, "mentor")));
  await Promise.all(Array.from({ length: options.colleagues }, (_, k) => person(k, "colleague")));
  const program = await db.program.create({ data: { status: "ACTIVE", startDate: utcDay("2025-01-06"), ...options.program } });
  for (const [k, mentee] of mentees.entries()) {
    const menteePart = await db.participation.create({
      data: { programId: program.id, userId: mentee.id, role: "MENTEE", status: "APPROVED" },
    });
    const mentorPart = await db.participation.create({
      data: { programId: program.id, userId: mentors[k]!.id, role: "MENTOR", status: "APPROVED" },
    });
    await db.match.create({
      data: {
        programId: program.id,
        menteeId: menteePart.id,
        mentorId: mentorPart.id,
        status: "ACTIVE",
        startedAt: utcDay("2025-01-06"),
        sessions: { create: options.sessions(k) },
      },
    });
  }
  const rows = [
    "email,event,date,voluntary,annual salary",
    ...[...mentees, ...mentors].map((u) => `${u.email},salary,2025-01-01,,50000`),
    ...options.hrRows,
  ];
  await applyHrImport(admin, rows.join("\n"), options.importedAt);
  return { admin, program };
}

/** ROI assumptions a coordinator might save: full replacement cost, half the change put down to the programme. */
export function roiAssumptions(programId: string, intangibles: string[] = []) {
  return {
    programId,
    replacementCostShare: 1,
    isolation: 0.5,
    confidence: 0.7,
    hourlyOverhead: 0.3,
    coordinatorHours: 40,
    coordinatorHourlyRate: 50,
    intangibles,
  };
}

/** The actor of a person the test created, as the session would give it. */
export async function actorOf(userId: string): Promise<Actor> {
  return asActor(await db.user.findUniqueOrThrow({ where: { id: userId } }));
}

/** `count` new people taking part in a programme, approved unless told otherwise, signed in as themselves. */
export async function createParticipants(
  programId: string,
  role: ParticipantRole,
  count: number,
  overrides: { status?: ParticipationStatus } = {},
): Promise<Actor[]> {
  const actors: Actor[] = [];
  for (let k = 0; k < count; k += 1) actors.push(await actorOf((await createParticipation(programId, role, overrides)).userId));
  return actors;
}

/** The person behind a participation, signed in as themselves. */
export async function actorOfParticipation(participationId: string): Promise<Actor> {
  const { userId } = await db.participation.findUniqueOrThrow({ where: { id: participationId }, select: { userId: true } });
  return actorOf(userId);
}
