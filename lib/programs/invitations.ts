import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { refuseDuplicate } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import { findProgram } from "@/lib/programs/find-program";
import { notify } from "@/lib/notifications/notify";
import { inScope } from "@/lib/programs/enrolment";

export const invitationSchema = z
  .object({
    programId: z.string().min(1),
    userIds: z.array(z.string().min(1)).max(5000),
    departmentIds: z.array(z.string().min(1)).max(200),
    message: z.string().trim().max(1000, "Keep the message under 1,000 characters."),
  })
  .refine((i) => i.userIds.length + i.departmentIds.length > 0, {
    path: ["userIds"],
    message: "Choose at least one person or department.",
  });

export const nominationSchema = z.object({
  slug: z.string().min(1),
  nomineeId: z.string().min(1, "Choose who you are nominating."),
  role: z.enum(["MENTOR", "MENTEE"], "Choose mentor or mentee."),
  note: z.string().trim().max(1000, "Keep the note under 1,000 characters."),
});

/**
 * Invites people, one by one or whole departments, to apply. Each person is invited once per
 * programme, and nobody already taking part is invited again.
 */
export async function inviteToProgram(
  actor: Actor,
  input: z.output<typeof invitationSchema>,
): Promise<{ invited: number; skipped: number }> {
  requirePermission(actor, "programs:write");
  const program = await findProgram(
    { id: input.programId },
    { id: true, name: true, slug: true, status: true, scopeDepartmentIds: true, scopeLocations: true },
  );
  if (program.status !== "ENROLMENT")
    throw new AppError("CONFLICT", "Open enrolment before inviting people, so the link works when they click it.");
  const people = await db.user.findMany({
    where: { active: true, OR: [{ id: { in: input.userIds } }, { departmentId: { in: input.departmentIds } }] },
    select: {
      id: true,
      departmentId: true,
      location: true,
      invitations: { where: { programId: program.id }, select: { id: true } },
      participations: { where: { programId: program.id }, select: { id: true } },
    },
  });
  // Nobody is invited to a programme they could not join.
  const fresh = people.filter((p) => p.invitations.length === 0 && p.participations.length === 0 && inScope(program, p));
  await db.$transaction(async (tx) => {
    await tx.invitation.createMany({
      data: fresh.map((p) => ({ programId: program.id, userId: p.id, invitedById: actor.id })),
      skipDuplicates: true,
    });
    await notify(
      tx,
      fresh.map((p) => ({
        userId: p.id,
        subject: `You are invited to apply: ${program.name}`,
        body: input.message || `${actor.name} invites you to join ${program.name} as a mentor or a mentee.`,
        link: `/enrol/${program.slug}`,
      })),
    );
  });
  return { invited: fresh.length, skipped: people.length - fresh.length };
}

/** A manager puts one of their direct reports forward; both the report and the coordinator hear of it. */
export async function nominateReport(actor: Actor, input: z.output<typeof nominationSchema>): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const program = await findProgram({ slug: input.slug }, { id: true, name: true, slug: true, status: true, createdById: true });
  if (program.status !== "ENROLMENT") throw new AppError("CONFLICT", "Enrolment for this programme is not open.");
  const nominee = await db.user.findUnique({ where: { id: input.nomineeId }, select: { id: true, name: true, managerId: true } });
  if (!nominee || nominee.managerId !== actor.id)
    throw new AppError("FORBIDDEN", "You can nominate your own direct reports only.", {
      nomineeId: ["Not one of your direct reports."],
    });
  const existing = await db.nomination.findUnique({
    where: { programId_nomineeId: { programId: program.id, nomineeId: nominee.id } },
  });
  const alreadyNominated = () =>
    new AppError("CONFLICT", `${nominee.name} has already been nominated for this programme.`, {
      nomineeId: ["Already nominated."],
    });
  if (existing) throw alreadyNominated();
  await refuseDuplicate(
    () =>
      db.$transaction(async (tx) => {
        await tx.nomination.create({
          data: { programId: program.id, nomineeId: nominee.id, nominatedById: actor.id, role: input.role, note: input.note },
        });
        await notify(tx, [
          {
            userId: nominee.id,
            subject: `${actor.name} nominated you for ${program.name}`,
            body: `${input.note ? `"${input.note}" ` : ""}Your manager thinks you would gain from taking part as a ${input.role.toLowerCase()}. Apply if you would like to.`,
            link: `/enrol/${program.slug}`,
          },
          ...(program.createdById
            ? [
                {
                  userId: program.createdById,
                  subject: `${nominee.name} was nominated for ${program.name}`,
                  body: `By ${actor.name}, as a ${input.role.toLowerCase()}.`,
                  link: `/programs/${program.id}/enrolment`,
                },
              ]
            : []),
        ]);
      }),
    alreadyNominated,
  );
}

export async function invitationContext(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const [people, departments, invited, nominations] = await Promise.all([
    db.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, title: true } }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { users: true } } } }),
    db.invitation.count({ where: { programId } }),
    db.nomination.findMany({
      where: { programId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        role: true,
        note: true,
        createdAt: true,
        nominee: { select: { name: true } },
        nominatedBy: { select: { name: true } },
      },
    }),
  ]);
  return { people, departments, invited, nominations };
}

export async function myDirectReports(actor: Actor) {
  requirePermission(actor, "own-mentoring:read");
  return db.user.findMany({
    where: { managerId: actor.id, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, title: true },
  });
}
