import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { counted, plural } from "@/lib/format";
import { planPeopleImport, type ImportPlan } from "@/lib/people/plan-import";

/**
 * Creates new people and updates changed ones, keyed by email, so importing the same file twice
 * changes nothing the second time. All or nothing: a file with any problem writes no row.
 */
export async function applyPeopleImport(actor: Actor, text: string): Promise<ImportPlan> {
  requirePermission(actor, "people:import");
  const { plan, rows } = await planPeopleImport(text);
  if (plan.issues.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      `Nothing was imported: ${plan.issues.length} ${plural(plan.issues.length, "problem")} to fix first (see the preview).`,
    );
  }
  const changed = rows.filter((r) => r.action !== "unchanged");
  if (changed.length === 0) return plan;
  await db.$transaction(
    async (tx) => {
      if (plan.newDepartments.length > 0)
        await tx.department.createMany({ data: plan.newDepartments.map((name) => ({ name })), skipDuplicates: true });
      const departmentId = new Map(
        (await tx.department.findMany({ select: { id: true, name: true } })).map((d) => [d.name, d.id]),
      );
      const fields = (r: (typeof rows)[number]) => ({
        name: r.name,
        title: r.title,
        level: r.level,
        location: r.location,
        timeZone: r["time zone"],
        hireDate: r["hire date"] ? utcDay(r["hire date"]) : null,
        departmentId: r.department ? departmentId.get(r.department)! : null,
      });
      const creates = changed.filter((r) => r.action === "create");
      if (creates.length > 0) await tx.user.createMany({ data: creates.map((r) => ({ email: r.email, ...fields(r) })) });
      for (const r of changed.filter((r) => r.action === "update"))
        await tx.user.update({ where: { id: r.existingId! }, data: fields(r) });
      // Managers last, when everyone they point to exists; one statement for the whole file.
      const ids = new Map(
        (
          await tx.user.findMany({
            where: { email: { in: [...new Set(changed.flatMap((r) => [r.email, r["manager email"] ?? r.email]))] } },
            select: { id: true, email: true },
          })
        ).map((u) => [u.email, u.id]),
      );
      const userIds = changed.map((r) => ids.get(r.email)!);
      const managerIds = changed.map((r) => (r["manager email"] ? ids.get(r["manager email"])! : null));
      await tx.$executeRaw`UPDATE "User" AS u SET "managerId" = m.manager_id FROM unnest(${userIds}::text[], ${managerIds}::text[]) AS m(user_id, manager_id) WHERE u.id = m.user_id`;
      await recordAudit(tx, actor, {
        action: "people.imported",
        summary: `Imported the directory: ${counted(creates.length, "person", "people")} added, ${counted(changed.length - creates.length, "person", "people")} updated`,
      });
    },
    { timeout: 120_000 },
  );
  return plan;
}
