import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { utcDay } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";
import type { ProgramCreate } from "@/lib/programs/schemas";

export interface ProgramSummary {
  id: string;
  slug: string;
  name: string;
  purpose: string;
  type: ProgramType;
  status: ProgramStatus;
  startDate: Date | null;
  endDate: Date | null;
  mentorsApproved: number;
  menteesApproved: number;
  mentorCapacity: number;
  applicationsPending: number;
  activePairs: number;
}

export async function listPrograms(actor: Actor): Promise<ProgramSummary[]> {
  requirePermission(actor, "programs:read");
  const programs = await db.program.findMany({
    orderBy: { createdAt: "desc" },
    include: {
      participants: { select: { role: true, status: true, capacity: true } },
      matches: { where: { status: "ACTIVE" }, select: { id: true } },
    },
  });
  const summaries = programs.map(({ participants, matches, ...program }) => {
    const approved = participants.filter((p) => p.status === "APPROVED");
    const mentors = approved.filter((p) => p.role === "MENTOR");
    return {
      id: program.id,
      slug: program.slug,
      name: program.name,
      purpose: program.purpose,
      type: program.type,
      status: program.status,
      startDate: program.startDate,
      endDate: program.endDate,
      mentorsApproved: mentors.length,
      menteesApproved: approved.length - mentors.length,
      mentorCapacity: mentors.reduce((sum, p) => sum + p.capacity, 0),
      applicationsPending: participants.filter((p) => p.status === "APPLIED").length,
      activePairs: matches.length,
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

/** Creates a draft programme; the slug in its enrolment link is made unique by a numeric suffix. */
export async function createProgram(actor: Actor, input: ProgramCreate): Promise<{ id: string; slug: string }> {
  requirePermission(actor, "programs:write");
  const base = slugify(input.name);
  const taken = new Set(
    (await db.program.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return db.program.create({
    data: {
      slug,
      name: input.name,
      type: input.type,
      purpose: input.purpose,
      startDate: input.startDate ? utcDay(input.startDate) : null,
      endDate: input.endDate ? utcDay(input.endDate) : null,
      createdById: actor.id,
    },
    select: { id: true, slug: true },
  });
}
