import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { refuseDuplicate } from "@/lib/db/conflicts";
import { AppError } from "@/lib/errors";
import type { ProgramStatus } from "@/lib/db/generated/enums";
import { menteesWaiting } from "@/lib/matching/waiting";
import type { ProgramCreate } from "@/lib/programs/schemas";
import { programTypeTemplates } from "@/lib/programs/type-templates";
import { programOutline, type ProgramOutline } from "@/lib/programs/program-fields";

export interface ProgramSummary extends ProgramOutline {
  slug: string;
  mentorsApproved: number;
  menteesApproved: number;
  mentorCapacity: number;
  applicationsPending: number;
  activePairs: number;
  livePairs: number;
  /** Approved mentees with no published pair (lib/matching/waiting.ts). */
  menteesWaiting: number;
}

export async function listPrograms(actor: Actor): Promise<ProgramSummary[]> {
  requirePermission(actor, "programs:read");
  const programs = await db.program.findMany({
    orderBy: { createdAt: "desc" },
    include: {
      participants: { select: { id: true, role: true, status: true, capacity: true } },
      matches: { select: { menteeId: true, status: true } },
    },
  });
  const summaries = programs.map(({ participants, matches, ...program }) => {
    const approved = participants.filter((p) => p.status === "APPROVED");
    const mentors = approved.filter((p) => p.role === "MENTOR");
    return {
      ...programOutline(program),
      slug: program.slug,
      mentorsApproved: mentors.length,
      menteesApproved: approved.length - mentors.length,
      mentorCapacity: mentors.reduce((sum, p) => sum + p.capacity, 0),
      applicationsPending: participants.filter((p) => p.status === "APPLIED").length,
      activePairs: matches.filter((m) => m.status === "ACTIVE").length,
      livePairs: matches.filter((m) => m.status === "ACTIVE" || m.status === "AWAITING_CONFIRMATION").length,
      menteesWaiting: menteesWaiting(
        approved.filter((p) => p.role === "MENTEE"),
        matches,
        program.type,
      ).length,
    };
  });
  return summaries.sort((a, b) => statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status));
}

/** Running programmes first: they are what a coordinator works on day to day. */
const statusOrder: ProgramStatus[] = ["ACTIVE", "MATCHING", "ENROLMENT", "DRAFT", "CLOSED"];

export function slugify(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "programme"
  );
}

function nameTaken(name: string): AppError {
  return new AppError(
    "CONFLICT",
    `A programme called "${name}" already exists. Open it, or give this one another name, such as with its year.`,
    {
      name: ["A programme with this name already exists."],
    },
  );
}

/**
 * Creates a draft programme. Its name gives the enrolment link, which the database keeps unique,
 * so a second programme of the same name (or a double-submitted form) is refused with a message.
 */
export async function createProgram(actor: Actor, input: ProgramCreate): Promise<{ id: string; slug: string }> {
  requirePermission(actor, "programs:write");
  const slug = slugify(input.name);
  const existing = await db.program.findUnique({ where: { slug }, select: { name: true } });
  if (existing) throw nameTaken(existing.name);
  return refuseDuplicate(
    () =>
      db.program.create({
        data: {
          slug,
          name: input.name,
          type: input.type,
          purpose: input.purpose,
          startDate: input.startDate ? utcDay(input.startDate) : null,
          endDate: input.endDate ? utcDay(input.endDate) : null,
          createdById: actor.id,
          // The type's template says what each side does; the coordinator edits it in the design.
          mentorResponsibilities: programTypeTemplates[input.type].mentorResponsibilities,
          menteeResponsibilities: programTypeTemplates[input.type].menteeResponsibilities,
        },
        select: { id: true, slug: true },
      }),
    () => nameTaken(input.name),
  );
}
