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
