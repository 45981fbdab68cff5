import "server-only";
import { addDays } from "date-fns";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { auditActions, type AuditAction } from "@/lib/audit/audit-actions";
import type { AuditFilter } from "@/lib/audit/schemas";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export const auditPageSize = 50;

export interface AuditEventRow {
  id: string;
  at: Date;
  actorName: string;
  action: string;
  actionLabel: string;
  summary: string;
  address: string | null;
}

/**
 * The audit trail for administrators, newest first, a page at a time, filtered by kind of event,
 * by who did it (part of their name, as it was) and by day (UTC, both ends included).
 */
export async function listAuditEvents(
  actor: Actor,
  filter: AuditFilter,
): Promise<{ events: AuditEventRow[]; olderFrom: string | null }> {
  requirePermission(actor, "audit:read");
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.person ? { actorName: { contains: filter.person, mode: "insensitive" } } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: utcDay(filter.from) } : {}),
            ...(filter.to ? { lt: addDays(utcDay(filter.to), 1) } : {}),
          },
        }
      : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: auditPageSize + 1,
    ...(filter.before ? { cursor: { id: filter.before }, skip: 1 } : {}),
    select: { id: true, at: true, actorName: true, action: true, summary: true, address: true },
  });
  const page = rows.slice(0, auditPageSize);
  return {
    events: page.map((row) => ({
      ...row,
      actionLabel: auditActions[row.action as AuditAction] ?? row.action,
    })),
    olderFrom: rows.length > auditPageSize ? page.at(-1)!.id : null,
  };
}
