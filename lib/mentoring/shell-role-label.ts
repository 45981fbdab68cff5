import "server-only";
import { roleLabels, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ParticipantRole } from "@/lib/db/generated/enums";

/** What the shell calls a participant: the part they play, not a global role name like "Employee". */
export function participantLabel(roles: readonly ParticipantRole[]): string | null {
  const mentor = roles.includes("MENTOR");
  const mentee = roles.includes("MENTEE");
  if (mentor && mentee) return "Mentor and mentee";
  if (mentor) return "Mentor";
  if (mentee) return "Mentee";
  return null;
}

export async function shellRoleLabel(actor: Actor): Promise<string> {
  if (actor.role !== "EMPLOYEE") return roleLabels[actor.role];
  const participations = await db.participation.findMany({
    where: { userId: actor.id, status: "APPROVED", program: { status: { not: "CLOSED" } } },
    select: { role: true },
  });
  return participantLabel(participations.map((p) => p.role)) ?? roleLabels[actor.role];
}
