import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { refuseDuplicate } from "@/lib/db/conflicts";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export const skillNameSchema = z.object({
  name: z.string().trim().min(2, "Name the skill.").max(60, "Keep the skill under 60 characters."),
});
export const skillMergeSchema = z.object({
  fromId: z.string().min(1),
  intoId: z.string().min(1, "Choose the skill to merge into."),
});

type Client = Prisma.TransactionClient | typeof db;

/** Skills typed on a profile that the taxonomy lacks become suggestions for a coordinator. */
export async function recordSkillSuggestions(names: string[], client: Client = db): Promise<void> {
  const unique = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
  if (unique.length === 0) return;
  const known = await client.skill.findMany({
    where: { OR: unique.map((name) => ({ name: { equals: name, mode: "insensitive" as const } })) },
    select: { name: true },
  });
  const knownLower = new Set(known.map((k) => k.name.toLowerCase()));
  const fresh = unique.filter((n) => !knownLower.has(n.toLowerCase()));
  if (fresh.length > 0) await client.skill.createMany({ data: fresh.map((name) => ({ name })), skipDuplicates: true });
}

export async function approvedSkillNames(): Promise<string[]> {
  return (await db.skill.findMany({ where: { approved: true }, orderBy: { name: "asc" }, select: { name: true } })).map(
    (s) => s.name,
  );
}

export async function skillTaxonomy(actor: Actor) {
  requirePermission(actor, "programs:write");
  const skills = await db.skill.findMany({ orderBy: { name: "asc" } });
  const usage = await db.$queryRaw<{ name: string; people: bigint }[]>`
    SELECT s.name, count(p.id) AS people
    FROM "Skill" s LEFT JOIN "Profile" p ON s.name = ANY(p."skillsOffered") OR s.name = ANY(p."skillsWanted")
    GROUP BY s.name`;
  const count = new Map(usage.map((u) => [u.name, Number(u.people)]));
  // Sorted for people, whatever the database collation.
  const withUsage = skills
    .map((s) => ({ ...s, people: count.get(s.name) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  return { approved: withUsage.filter((s) => s.approved), suggestions: withUsage.filter((s) => !s.approved) };
}

export async function addApprovedSkill(actor: Actor, input: z.output<typeof skillNameSchema>): Promise<void> {
  requirePermission(actor, "programs:write");
  const existing = await db.skill.findFirst({ where: { name: { equals: input.name, mode: "insensitive" } } });
  const inTaxonomy = (name: string) =>
    new AppError("CONFLICT", `"${name}" is already in the taxonomy.`, { name: ["Already in the taxonomy."] });
  if (existing?.approved) throw inTaxonomy(existing.name);
  if (existing) {
    const approved = await db.skill.updateMany({ where: { id: existing.id, approved: false }, data: { approved: true } });
    if (approved.count === 0) throw inTaxonomy(existing.name);
  } else {
    await refuseDuplicate(
      () => db.skill.create({ data: { name: input.name, approved: true } }),
      () => inTaxonomy(input.name),
    );
  }
}

export async function approveSkill(actor: Actor, input: { id: string }): Promise<void> {
  requirePermission(actor, "programs:write");
  const updated = await db.skill.updateMany({ where: { id: input.id }, data: { approved: true } });
  if (updated.count === 0) throw new AppError("NOT_FOUND", "That suggestion was already handled.");
}

/**
 * Folds a suggestion into an approved skill: every profile that used the suggested name now uses
 * the approved one (without listing it twice), and the suggestion goes.
 */
export async function mergeSkill(actor: Actor, input: z.output<typeof skillMergeSchema>): Promise<{ profiles: number }> {
  requirePermission(actor, "programs:write");
  if (input.fromId === input.intoId)
    throw new AppError("INVALID_INPUT", "Choose a different skill to merge into.", { intoId: ["Choose a different skill."] });
  const [from, into] = await Promise.all([
    db.skill.findUnique({ where: { id: input.fromId } }),
    db.skill.findUnique({ where: { id: input.intoId } }),
  ]);
  if (!from || !into) throw new AppError("NOT_FOUND", "One of those skills no longer exists. Refresh the page.");
  return db.$transaction(async (tx) => {
    const dedupe = (column: "skillsOffered" | "skillsWanted") =>
      tx.$executeRawUnsafe(
        `UPDATE "Profile" SET "${column}" = ARRAY(
           SELECT v FROM unnest(array_replace("${column}", $1, $2)) WITH ORDINALITY AS t(v, i) GROUP BY v ORDER BY min(i)
         ) WHERE $1 = ANY("${column}")`,
        from.name,
        into.name,
      );
    const changed = (await dedupe("skillsOffered")) + (await dedupe("skillsWanted"));
    await tx.skill.delete({ where: { id: from.id } });
    return { profiles: changed };
  });
}
