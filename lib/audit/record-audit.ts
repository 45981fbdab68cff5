import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { currentRequestAddress } from "@/lib/audit/request-address";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Prisma } from "@/lib/db/generated/client";

export interface AuditEntry {
  action: AuditAction;
  /** What the event is about, e.g. { type: "User", id }. */
  target?: { type: string; id: string };
  /** What happened in words. Never a password, a token or a private note. */
  summary: string;
}

/**
 * Appends an event to the audit trail, inside the caller's transaction when there is one, so the
 * record and the change it describes are written together or not at all.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: Pick<Actor, "id" | "name"> | null,
  entry: AuditEntry,
  now = new Date(),
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      at: now,
      actorId: actor?.id ?? null,
      actorName: actor?.name ?? "Not signed in",
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      summary: entry.summary,
      address: currentRequestAddress(),
    },
    select: { id: true },
  });
}
