import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, roleLabels, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { PeopleFilter, RoleChange } from "@/lib/people/schemas";

export const peoplePageSize = 25;

export async function listPeople(actor: Actor, filter: PeopleFilter) {
  requirePermission(actor, "people:read");
  const where: Prisma.UserWhereInput = {
    ...(filter.department ? { departmentId: filter.department } : {}),
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { email: { contains: filter.q, mode: "insensitive" } },
            { title: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows, departments] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (filter.page - 1) * peoplePageSize,
      take: peoplePageSize,
      select: {
        id: true,
        name: true,
        email: true,
        title: true,
        level: true,
        role: true,
        location: true,
        timeZone: true,
        active: true,
        erasedAt: true,
        department: { select: { name: true } },
        manager: { select: { name: true } },
        _count: { select: { participations: true } },
      },
    }),
    db.department.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { total, rows, departments, pageCount: Math.max(1, Math.ceil(total / peoplePageSize)) };
}

export async function changeUserRole(actor: Actor, change: RoleChange): Promise<{ name: string }> {
  requirePermission(actor, "people:manage-roles");
  if (change.userId === actor.id) {
    throw new AppError("CONFLICT", "You cannot change your own role. Ask another administrator.", {
      role: ["Your own role can only be changed by another administrator."],
    });
  }
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: change.userId }, select: { name: true, role: true } });
    if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
    if (user.role === change.role) return { name: user.name };
    // Only the call that actually changed the role records it, however many identical calls race.
    const changed = await tx.user.updateMany({ where: { id: change.userId, role: user.role }, data: { role: change.role } });
    if (changed.count === 1) {
      await recordAudit(tx, actor, {
        action: "person.role-changed",
        target: { type: "User", id: change.userId },
        summary: `Changed ${user.name}'s role from ${roleLabels[user.role]} to ${roleLabels[change.role]}`,
      });
    }
    return { name: user.name };
  });
}
