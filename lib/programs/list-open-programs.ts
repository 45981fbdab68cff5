import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ParticipantRole, ParticipationStatus, ProgramType } from "@/lib/db/generated/enums";
import { inScope } from "@/lib/programs/enrolment";
import { rolesFor } from "@/lib/programs/type-templates";

export interface Places {
  /** The coordinator's target; null when the programme sets none. */
  target: number | null;
  approved: number;
  /** Places not yet taken; null when there is no target to count against. */
  left: number | null;
}

export interface OpenProgram {
  slug: string;
  name: string;
  purpose: string;
  type: ProgramType;
  startDate: Date | null;
  endDate: Date | null;
  meetingCadence: string;
  /** Who may apply, in words: department names and locations; empty lists mean everyone. */
  scope: { departments: string[]; locations: string[] };
  /** Whether the signed-in person is inside that scope. */
  inScope: boolean;
  /** Places per role this programme recruits (peer programmes recruit one pool). */
  places: { role: ParticipantRole; places: Places }[];
  /** The person's live applications, so they see they already applied instead of applying twice. */
  myApplications: { role: ParticipantRole; status: ParticipationStatus }[];
  /** Roles the person can still apply for: in scope, not already applied. */
  canApplyAs: ParticipantRole[];
}

function places(target: number | null, approved: number): Places {
  return { target, approved, left: target === null ? null : Math.max(0, target - approved) };
}

/** The catalogue: every programme whose enrolment is open, as an employee sees it. */
export async function listOpenPrograms(actor: Actor): Promise<OpenProgram[]> {
  requirePermission(actor, "own-mentoring:read");
  const [me, programs] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { departmentId: true, location: true } }),
    db.program.findMany({
      where: { status: "ENROLMENT" },
      orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { name: "asc" }],
      select: {
        slug: true,
        name: true,
        purpose: true,
        type: true,
        startDate: true,
        endDate: true,
        meetingCadence: true,
        targetMentors: true,
        targetMentees: true,
        scopeDepartmentIds: true,
        scopeLocations: true,
        // Counts only: who else applied never leaves the server.
        participants: { where: { status: "APPROVED" }, select: { role: true } },
      },
    }),
  ]);
  const mine = await db.participation.findMany({
    where: { userId: actor.id, status: { not: "WITHDRAWN" }, program: { status: "ENROLMENT" } },
    select: { role: true, status: true, program: { select: { slug: true } } },
  });
  const departmentIds = [...new Set(programs.flatMap((p) => p.scopeDepartmentIds))];
  const departmentNames = new Map(
    (await db.department.findMany({ where: { id: { in: departmentIds } }, select: { id: true, name: true } })).map((d) => [
      d.id,
      d.name,
    ]),
  );
  return programs.map((program) => {
    const approved = (role: ParticipantRole) => program.participants.filter((p) => p.role === role).length;
    const myApplications = mine.filter((m) => m.program.slug === program.slug).map(({ role, status }) => ({ role, status }));
    const allowed = inScope(program, me);
    const roles = rolesFor(program.type);
    return {
      slug: program.slug,
      name: program.name,
      purpose: program.purpose,
      type: program.type,
      startDate: program.startDate,
      endDate: program.endDate,
      meetingCadence: program.meetingCadence,
      scope: {
        departments: program.scopeDepartmentIds
          .map((id) => departmentNames.get(id))
          .filter((name): name is string => name !== undefined)
          .sort(),
        locations: [...program.scopeLocations].sort(),
      },
      inScope: allowed,
      places: roles.map((role) => ({
        role,
        places: places(role === "MENTOR" ? program.targetMentors : program.targetMentees, approved(role)),
      })),
      myApplications,
      canApplyAs: allowed ? roles.filter((role) => !myApplications.some((a) => a.role === role)) : [],
    };
  });
}
