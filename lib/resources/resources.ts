import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { allowedFilesDescription, detectAllowedFile } from "@/lib/resources/file-types";
import { refreshReadinessForUser } from "@/lib/readiness/readiness";
import type { resourceSchema } from "@/lib/resources/schemas";

const listSelect = {
  id: true,
  title: true,
  description: true,
  kind: true,
  audience: true,
  url: true,
  fileName: true,
  requiredForReadiness: true,
  program: { select: { id: true, name: true } },
  _count: { select: { completions: true } },
} as const;

export async function listAllResources(actor: Actor) {
  requirePermission(actor, "resources:write");
  return db.resource.findMany({ orderBy: [{ requiredForReadiness: "desc" }, { createdAt: "desc" }], select: listSelect });
}

/** What one person may open: global resources and those of programmes they take part in, for their roles. */
export async function resourcesForMe(actor: Actor) {
  requirePermission(actor, "own-mentoring:read");
  const participations = await db.participation.findMany({
    where: { userId: actor.id, status: { in: ["APPLIED", "APPROVED"] } },
    select: { programId: true, role: true },
  });
  const roles = [...new Set(participations.map((p) => p.role))];
  const resources = await db.resource.findMany({
    where: {
      OR: [{ programId: null }, { programId: { in: participations.map((p) => p.programId) } }],
      audience: { in: ["BOTH", ...roles] },
    },
    orderBy: [{ requiredForReadiness: "desc" }, { createdAt: "desc" }],
    select: { ...listSelect, completions: { where: { userId: actor.id }, select: { completedAt: true } } },
  });
  return resources.map(({ completions, ...r }) => ({ ...r, completedAt: completions[0]?.completedAt ?? null }));
}

export async function addResource(actor: Actor, input: z.output<typeof resourceSchema>): Promise<void> {
  requirePermission(actor, "resources:write");
  if (input.programId && !(await db.program.findUnique({ where: { id: input.programId }, select: { id: true } }))) {
    throw new AppError("NOT_FOUND", "That programme no longer exists.", { programId: ["Choose another programme."] });
  }
  const file = input.file ? Buffer.from(input.file.base64, "base64") : null;
  if (file && file.length > 5 * 1024 * 1024)
    throw new AppError("INVALID_INPUT", "Upload files of 5 MB or less.", { file: ["Too large."] });
  const kind = file ? detectAllowedFile(file, input.file!.name) : null;
  if (file && !kind) {
    throw new AppError("INVALID_INPUT", `That file cannot be uploaded: use ${allowedFilesDescription}.`, {
      file: [`Upload ${allowedFilesDescription}; this file is none of them.`],
    });
  }
  await db.resource.create({
    data: {
      title: input.title,
      description: input.description,
      kind: input.kind,
      audience: input.audience,
      programId: input.programId,
      url: input.url,
      fileName: input.file?.name ?? null,
      // The type the content showed, never the one the uploader's browser claimed.
      fileType: kind?.type ?? null,
      fileData: file ? new Uint8Array(file) : null,
      requiredForReadiness: input.requiredForReadiness,
    },
  });
  // A new required item can make mentors not ready until they complete it.
  if (input.requiredForReadiness) {
    const mentors = await db.participation.findMany({
      where: { role: "MENTOR", ...(input.programId ? { programId: input.programId } : {}) },
      select: { userId: true },
    });
    for (const userId of new Set(mentors.map((m) => m.userId))) await refreshReadinessForUser(userId);
  }
}

export async function removeResource(actor: Actor, input: { id: string }): Promise<void> {
  requirePermission(actor, "resources:write");
  await db.$transaction(async (tx) => {
    const resource = await tx.resource.findUnique({ where: { id: input.id }, select: { title: true } });
    const removed = await tx.resource.deleteMany({ where: { id: input.id } });
    if (!resource || removed.count === 0) throw new AppError("NOT_FOUND", "That resource was already removed.");
    await recordAudit(tx, actor, {
      action: "resource.deleted",
      target: { type: "Resource", id: input.id },
      summary: `Removed the resource "${resource.title}"`,
    });
  });
}

export async function setResourceCompletion(actor: Actor, input: { id: string; completed: boolean }): Promise<void> {
  requirePermission(actor, "own-mentoring:write");
  const mine = (await resourcesForMe(actor)).some((r) => r.id === input.id);
  if (!mine) throw new AppError("NOT_FOUND", "That resource is not available to you.");
  if (input.completed) {
    await db.resourceCompletion.upsert({
      where: { resourceId_userId: { resourceId: input.id, userId: actor.id } },
      create: { resourceId: input.id, userId: actor.id },
      update: {},
    });
  } else {
    await db.resourceCompletion.deleteMany({ where: { resourceId: input.id, userId: actor.id } });
  }
  await refreshReadinessForUser(actor.id);
}

/** A stored file, for someone allowed to see the resource. */
export async function resourceFile(actor: Actor, id: string) {
  const allowed =
    actor.role === "ADMIN" || actor.role === "COORDINATOR" || (await resourcesForMe(actor)).some((r) => r.id === id);
  if (!allowed) throw new AppError("NOT_FOUND", "That file is not available to you.");
  const resource = await db.resource.findUnique({ where: { id }, select: { fileName: true, fileType: true, fileData: true } });
  if (!resource?.fileData) throw new AppError("NOT_FOUND", "That resource has no file.");
  return resource;
}
