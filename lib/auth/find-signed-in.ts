import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ParticipantRole } from "@/lib/db/generated/enums";
import { shellRoleLabel } from "@/lib/mentoring/shell-role-label";

/** The person behind a session, and what the shell shows of them on every page. */
export interface SignedIn {
  actor: Actor;
  /** Unread notifications: the number on the Inbox link. */
  unread: number;
  roleLabel: string;
}

type Row = Actor & { active: boolean; unread: number; roles: ParticipantRole[] };

/**
 * Read fresh on every request, so a changed role or a deactivated account applies at once. One
 * round trip: every page view waits for it before it can render anything.
 */
export async function findSignedIn(userId: string): Promise<SignedIn | null> {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u.active,
      (SELECT count(*) FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL)::int AS unread,
      ARRAY(
        SELECT p.role::text FROM "Participation" p JOIN "Program" g ON g.id = p."programId"
        WHERE p."userId" = u.id AND p.status = 'APPROVED' AND g.status <> 'CLOSED'
      ) AS roles
    FROM "User" u WHERE u.id = ${userId}`;
  if (!row || !row.active) return null;
  const actor: Actor = { id: row.id, name: row.name, email: row.email, role: row.role };
  return { actor, unread: row.unread, roleLabel: shellRoleLabel(row.role, row.roles) };
}
