import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findMyMentorship } from "@/lib/programs/my-mentorship";
import { isCompleteAssessment, type readinessSchema } from "@/lib/readiness/qualities";

/** Required training for mentors in a programme: global items and the programme's own. */
function requiredFor(programId: string) {
  return db.resource.findMany({
    where: { requiredForReadiness: true, audience: { in: ["BOTH", "MENTOR"] }, OR: [{ programId: null }, { programId }] },
    select: { id: true, title: true, kind: true, url: true, fileName: true },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * A mentor is ready once their self-assessment is in and every required item is complete.
 * Recomputed whenever either changes, so the matcher's readiness rule reads one field.
 */
export async function refreshReadinessForUser(userId: string, now = new Date()): Promise<void> {
  const mentorships = await db.participation.findMany({
    where: { userId, role: "MENTOR" },
    select: { id: true, programId: true, readinessCompletedAt: true, readinessCheck: { select: { ratings: true } } },
  });
  const done = new Set(
    (await db.resourceCompletion.findMany({ where: { userId }, select: { resourceId: true } })).map((c) => c.resourceId),
  );
  for (const p of mentorships) {
    const required = await requiredFor(p.programId);
    const ready =
      p.readinessCheck !== null && isCompleteAssessment(p.readinessCheck.ratings) && required.every((r) => done.has(r.id));
    if (ready && !p.readinessCompletedAt)
      await db.participation.update({ where: { id: p.id }, data: { readinessCompletedAt: now } });
    if (!ready && p.readinessCompletedAt)
      await db.participation.update({ where: { id: p.id }, data: { readinessCompletedAt: null } });
  }
}

/** For a mentor: their self-assessment and required training in one programme. */
export async function myReadiness(actor: Actor, participationId: string) {
  requirePermission(actor, "own-mentoring:read");
  const participation = await findMyMentorship(actor, participationId, {
    id: true,
    userId: true,
    role: true,
    programId: true,
    readinessCompletedAt: true,
    program: { select: { name: true } },
    readinessCheck: true,
  });
  const required = await requiredFor(participation.programId);
  const done = new Set(
    (
      await db.resourceCompletion.findMany({
        where: { userId: actor.id, resourceId: { in: required.map((r) => r.id) } },
        select: { resourceId: true },
      })
    ).map((c) => c.resourceId),
  );
  return { participation, required: required.map((r) => ({ ...r, completed: done.has(r.id) })) };
}

export async function submitReadiness(
  actor: Actor,
  input: z.output<typeof readinessSchema>,
  now = new Date(),
): Promise<{ ready: boolean }> {
  requirePermission(actor, "own-mentoring:write");
  await findMyMentorship(actor, input.participationId, { id: true });
  await db.readinessCheck.upsert({
    where: { participationId: input.participationId },
    create: { participationId: input.participationId, ratings: input.ratings, reflection: input.reflection, submittedAt: now },
    update: { ratings: input.ratings, reflection: input.reflection, submittedAt: now },
  });
  await refreshReadinessForUser(actor.id, now);
  const after = await db.participation.findUniqueOrThrow({
    where: { id: input.participationId },
    select: { readinessCompletedAt: true },
  });
  return { ready: after.readinessCompletedAt !== null };
}
