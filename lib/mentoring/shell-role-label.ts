import { roleLabels, type Actor } from "@/lib/auth/permissions";
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

/** The role under a person's name in the shell; `roles` are their approved parts in programmes that are not closed. */
export function shellRoleLabel(role: Actor["role"], roles: readonly ParticipantRole[]): string {
  return (role === "EMPLOYEE" ? participantLabel(roles) : null) ?? roleLabels[role];
}
