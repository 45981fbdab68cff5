import type { GlobalRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import vocabulary from "@/lib/vocabulary/en.json";

/** Everything a person can be allowed to do. Pages and actions ask for one of these, never for a role. */
export const actions = [
  "programs:read",
  "programs:write",
  "people:read",
  "people:import",
  "people:manage-roles",
  "matching:read",
  "matching:write",
  "resources:write",
  "outbox:read",
  "checkins:read",
  "checkins:write",
  "surveys:write",
  "evaluation:read",
  "evaluation:write",
  "dashboard:read",
  "hr:read",
  "hr:import",
  "jobs:manage",
  "audit:read",
  "people:manage-accounts",
  "settings:manage",
  "own-profile:write",
  "own-mentoring:read",
  "own-mentoring:write",
] as const;

export type Action = (typeof actions)[number];

const participantActions: Action[] = ["own-profile:write", "own-mentoring:read", "own-mentoring:write"];
/** HR data, accounts, roles, jobs, the audit log and organisation settings are the admins' by default; another role gets them only by changing this list. */
const adminOnlyActions: Action[] = [
  "people:manage-roles",
  "people:manage-accounts",
  "hr:read",
  "hr:import",
  "jobs:manage",
  "audit:read",
  "settings:manage",
];
const coordinatorActions: Action[] = actions.filter((action) => !adminOnlyActions.includes(action));

export const rolePermissions: Record<GlobalRole, readonly Action[]> = {
  ADMIN: actions,
  COORDINATOR: coordinatorActions,
  EXECUTIVE: ["dashboard:read", ...participantActions],
  EMPLOYEE: participantActions,
};

export interface Actor {
  id: string;
  name: string;
  email: string;
  role: GlobalRole;
}

export function can(actor: Pick<Actor, "role"> | null | undefined, action: Action): boolean {
  return actor ? rolePermissions[actor.role].includes(action) : false;
}

/** The one permission gate: every server action and every lib write goes through it. */
export function requirePermission(actor: Actor | null | undefined, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(actor, action)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this. Ask a Pairwise administrator if you need access.");
  }
}

/** Where each role starts after signing in. */
export function homePathFor(role: GlobalRole): string {
  switch (role) {
    case "ADMIN":
    case "COORDINATOR":
      return "/programs";
    case "EXECUTIVE":
      return "/dashboard";
    case "EMPLOYEE":
      return "/me/mentoring";
  }
}

export const roleLabels: Record<GlobalRole, string> = vocabulary.auth.role;
