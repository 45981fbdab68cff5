import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
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
  const user = await db.user.findUnique({ where: { id: change.userId }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists. Refresh the page.");
  return db.user.update({ where: { id: change.userId }, data: { role: change.role }, select: { name: true } });
}
