import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { agreementTermKeys, templateTerms } from "@/lib/pairs/agreement-terms";
import type { agreementTemplateSchema } from "@/lib/pairs/schemas";

/** The coordinator's template: every pair's agreement starts from it (signed ones are not touched). */
export async function agreementTemplate(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const program = await db.program.findUnique({ where: { id: programId }, select: { id: true, name: true } });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  return { program, terms: await templateTerms(db, programId) };
}

export async function updateAgreementTemplate(actor: Actor, input: z.output<typeof agreementTemplateSchema>): Promise<void> {
  requirePermission(actor, "programs:write");
  const program = await db.program.findUnique({ where: { id: input.programId }, select: { id: true } });
  if (!program) throw new AppError("NOT_FOUND", "That programme does not exist.");
  const terms = Object.fromEntries(agreementTermKeys.map((k) => [k, input[k]]));
  await db.$transaction(async (tx) => {
    await tx.agreementTemplate.createMany({ data: [{ programId: program.id, ...terms }], skipDuplicates: true });
    await tx.agreementTemplate.update({ where: { programId: program.id }, data: terms });
  });
}
