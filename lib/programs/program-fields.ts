import type { ProgramStatus, ProgramType } from "@/lib/db/generated/enums";

/**
 * Programmes that figures and reports read: every one past its draft (or just this one), oldest
 * first. Spread into a `program.findMany`.
 */
export function programsPastDraft(programId?: string) {
  return {
    where: { status: { not: "DRAFT" as const }, ...(programId ? { id: programId } : {}) },
    orderBy: { createdAt: "asc" as const },
  };
}

/** A programme's name, stage and dates: what every figure about it is labelled with. */
export const programSpanFields = { id: true, name: true, status: true, startDate: true, endDate: true } as const;

/** What a programme says about itself wherever a page introduces it. */
export const programOutlineFields = { ...programSpanFields, purpose: true, type: true } as const;

/** A programme's goals, in the order the programme office set them. */
export const programGoalsField = {
  orderBy: { position: "asc" as const },
  select: { id: true, title: true, objective: true },
};

export interface ProgramOutline {
  id: string;
  name: string;
  purpose: string;
  type: ProgramType;
  status: ProgramStatus;
  startDate: Date | null;
  endDate: Date | null;
}

/** The outline alone, out of a row that carries more. */
export function programOutline(program: ProgramOutline): ProgramOutline {
  const { id, name, purpose, type, status, startDate, endDate } = program;
  return { id, name, purpose, type, status, startDate, endDate };
}
