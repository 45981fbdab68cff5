import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ParticipantRole, ParticipationStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { applySchema, decisionSchema } from "@/lib/programs/enrolment-schemas";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { offerFreedPlaces } from "@/lib/waitlist/offer-freed-places";
import { roleLabel, rolesFor } from "@/lib/programs/type-templates";
import { findProgram } from "@/lib/programs/find-program";
import { programGoalsField, programOutlineFields } from "@/lib/programs/program-fields";

const forRole = (role: ParticipantRole) => ({ audience: { in: ["BOTH" as const, role] } });

/** What someone sees at a programme's enrolment link. */
export async function getEnrolment(actor: Actor, slug: string) {
  requirePermission(actor, "own-mentoring:read");
  const program = await db.program.findUnique({
    where: { slug },
    select: {
      ...programOutlineFields,
      meetingCadence: true,
      codeOfConduct: true,
      scopeDepartmentIds: true,
      scopeLocations: true,
      goals: programGoalsField,
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, audience: true, kind: true, prompt: true, options: true, required: true },
      },
      participants: {
        where: { userId: actor.id },
        select: { id: true, role: true, status: true, capacity: true, appliedAt: true, decisionNote: true },
      },
    },
  });
  if (!program)
    throw new AppError("NOT_FOUND", "That enrolment link does not lead to a programme. Ask your coordinator for a new one.");
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { departmentId: true, location: true } });
  return { ...program, inScope: inScope(program, me) };
}

/** Whether a person may join: inside the programme's departments and locations, where it sets them. */
export function inScope(
  program: { scopeDepartmentIds: string[]; scopeLocations: string[] },
  person: { departmentId: string | null; location: string | null },
): boolean {
  const departmentOk =
    program.scopeDepartmentIds.length === 0 ||
    (person.departmentId !== null && program.scopeDepartmentIds.includes(person.departmentId));
  const locationOk =
    program.scopeLocations.length === 0 ||
    (person.location !== null && program.scopeLocations.some((l) => l.toLowerCase() === person.location!.toLowerCase()));
  return departmentOk && locationOk;
}

type Question = { id: string; kind: string; prompt: string; options: string[]; required: boolean };

/** Checks each answer against its question; errors are keyed "answers.<questionId>" for the form. */
export function answerProblems(questions: Question[], answers: Record<string, string[]>): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const question of questions) {
    const values = (answers[question.id] ?? []).map((v) => v.trim()).filter(Boolean);
    const problem = (() => {
      if (values.length === 0) return question.required ? "Answer this question to apply." : null;
      switch (question.kind) {
        case "SHORT_TEXT":
          return values.length > 1 || values[0]!.length > 200 ? "Keep this answer under 200 characters." : null;
        case "LONG_TEXT":
          return values.length > 1 ? "Give one answer." : null;
        case "SINGLE_CHOICE":
          return values.length !== 1 || !question.options.includes(values[0]!) ? "Choose one of the options." : null;
        case "MULTIPLE_CHOICE":
          return values.some((v) => !question.options.includes(v)) ? "Choose from the options given." : null;
        case "SCALE":
          return values.length !== 1 || !["1", "2", "3", "4", "5"].includes(values[0]!) ? "Choose a value from 1 to 5." : null;
        default:
          return "This question cannot be answered.";
      }
    })();
    if (problem) problems[`answers.${question.id}`] = [problem];
  }
  return problems;
}

export async function applyToProgram(
  actor: Actor,
  input: z.output<typeof applySchema>,
  now = new Date(),
): Promise<{ status: ParticipationStatus }> {
  requirePermission(actor, "own-mentoring:write");
  const program = await findProgram(
    { slug: input.slug },
    {
      id: true,
      name: true,
      status: true,
      type: true,
      createdById: true,
      scopeDepartmentIds: true,
      scopeLocations: true,
      questions: { where: forRole(input.role), select: { id: true, kind: true, prompt: true, options: true, required: true } },
    },
  );
  if (program.status !== "ENROLMENT") throw new AppError("CONFLICT", "Enrolment for this programme is not open.");
  if (!rolesFor(program.type).includes(input.role))
    throw new AppError("INVALID_INPUT", "This programme has one pool of peers: apply as a peer.", {
      role: ["Apply as a peer: everyone in this programme both mentors and is mentored."],
    });
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { departmentId: true, location: true } });
  if (!inScope(program, me))
    throw new AppError(
      "FORBIDDEN",
      "This programme is open to other departments or locations. Ask your coordinator about the next one for you.",
    );
  const problems = answerProblems(program.questions, input.answers);
  if (!input.acceptCodeOfConduct) problems.acceptCodeOfConduct = ["Read and accept the code of conduct to apply."];
  if (Object.keys(problems).length > 0) throw new AppError("INVALID_INPUT", "Some answers need attention.", problems);
  const data = {
    status: "APPLIED" as const,
    capacity: input.role === "MENTOR" ? input.capacity : 1,
    appliedAt: now,
    codeOfConductAcceptedAt: now,
    decidedAt: null,
    decisionNote: null,
  };
  const alreadyApplied = (status: string) =>
    new AppError(
      "CONFLICT",
      `You already applied as a ${roleLabel(program.type, input.role).toLowerCase()} (${status.toLowerCase()}); there is nothing more to send.`,
    );
  try {
    await db.$transaction(async (tx) => {
      const existing = await tx.participation.findUnique({
        where: { programId_userId_role: { programId: program.id, userId: actor.id, role: input.role } },
        select: { id: true, status: true },
      });
      if (existing && existing.status !== "WITHDRAWN") throw alreadyApplied(existing.status);
      // Re-applying after a withdrawal reopens the row only if nobody else got there first; a
      // first application is an insert the unique index lets through once.
      let participationId: string;
      if (existing) {
        const reopened = await tx.participation.updateMany({ where: { id: existing.id, status: "WITHDRAWN" }, data });
        if (reopened.count === 0) throw alreadyApplied("applied");
        participationId = existing.id;
      } else {
        participationId = (
          await tx.participation.create({
            data: { programId: program.id, userId: actor.id, role: input.role, ...data },
            select: { id: true },
          })
        ).id;
      }
      await tx.applicationAnswer.deleteMany({ where: { participationId } });
      await tx.applicationAnswer.createMany({
        data: program.questions
          .map((q) => ({
            participationId,
            questionId: q.id,
            values: (input.answers[q.id] ?? []).map((v) => v.trim()).filter(Boolean),
          }))
          .filter((a) => a.values.length > 0),
      });
      if (program.createdById) {
        await notify(tx, [
          {
            userId: program.createdById,
            subject: `New ${roleLabel(program.type, input.role).toLowerCase()} application: ${actor.name}`,
            body: `${program.name}: review it with the others waiting.`,
            link: `/programs/${program.id}/enrolment`,
            dedupeKey: `application:${participationId}:${now.toISOString()}`,
          },
        ]);
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyApplied("applied");
    throw error;
  }
  return { status: "APPLIED" };
}

export async function listApplications(
  actor: Actor,
  programId: string,
  filter: { role?: ParticipantRole; status?: ParticipationStatus },
) {
  requirePermission(actor, "programs:read");
  const program = await findProgram(
    { id: programId },
    {
      id: true,
      name: true,
      type: true,
      status: true,
      targetMentors: true,
      targetMentees: true,
      slug: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true } },
    },
  );
  const all = await db.participation.findMany({
    where: { programId },
    orderBy: [{ appliedAt: "asc" }],
    select: {
      id: true,
      role: true,
      status: true,
      capacity: true,
      appliedAt: true,
      decisionNote: true,
      codeOfConductAcceptedAt: true,
      readinessCompletedAt: true,
      answers: { select: { questionId: true, values: true } },
      user: { select: { name: true, email: true, title: true, level: true, department: { select: { name: true } } } },
    },
  });
  const approved = all.filter((p) => p.status === "APPROVED");
  const balance = {
    approvedMentors: approved.filter((p) => p.role === "MENTOR").length,
    mentorPlaces: approved.filter((p) => p.role === "MENTOR").reduce((sum, p) => sum + p.capacity, 0),
    approvedMentees: approved.filter((p) => p.role === "MENTEE").length,
    targetMentors: program.targetMentors,
    targetMentees: program.targetMentees,
    waiting: all.filter((p) => p.status === "APPLIED").length,
  };
  const rows = all.filter((p) => (!filter.role || p.role === filter.role) && (!filter.status || p.status === filter.status));
  return { program, balance, rows };
}

export async function decideApplications(
  actor: Actor,
  input: z.output<typeof decisionSchema>,
  now = new Date(),
): Promise<{ decided: number }> {
  requirePermission(actor, "programs:write");
  const applicants = await db.participation.findMany({
    where: { id: { in: input.participationIds }, programId: input.programId },
    select: { id: true, userId: true, role: true, program: { select: { name: true, slug: true } } },
  });
  if (applicants.length !== new Set(input.participationIds).size)
    throw new AppError("NOT_FOUND", "Some of those applications no longer exist. Refresh the page.");
  const words = { APPROVED: "approved", WAITLISTED: "put on the waiting list", DECLINED: "not selected this time" } as const;
  const decided = await db.$transaction(async (tx) => {
    // Conditional: only applications not already at this decision change, so a repeated or
    // parallel identical decision changes and notifies each person once.
    const changed = await tx.participation.updateManyAndReturn({
      where: { id: { in: applicants.map((a) => a.id) }, status: { not: input.decision } },
      data: { status: input.decision, decidedAt: now, decisionNote: input.note || null },
      select: { id: true },
    });
    // A coordinator's decision replaces any place offered from the waiting list.
    await tx.waitlistOffer.updateMany({
      where: { participationId: { in: applicants.map((a) => a.id) }, status: "PENDING" },
      data: { status: "DECLINED", respondedAt: now },
    });
    const changedIds = new Set(changed.map((c) => c.id));
    await notify(
      tx,
      applicants
        .filter((a) => changedIds.has(a.id))
        .map((a) => ({
          userId: a.userId,
          subject: `Your ${a.role.toLowerCase()} application to ${a.program.name}: ${words[input.decision]}`,
          body:
            input.note ||
            (input.decision === "APPROVED"
              ? "Welcome aboard. Your coordinator will be in touch about next steps."
              : "Thank you for applying."),
          link: `/enrol/${a.program.slug}`,
          dedupeKey: `application-decision:${a.id}:${input.decision}:${now.toISOString()}`,
        })),
    );
    // Declining someone approved frees their place for the next person waiting.
    await offerFreedPlaces(tx, input.programId, now);
    return changed.length;
  });
  return { decided };
}
