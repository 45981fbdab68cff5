import "server-only";
import type { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { putPairConstraint } from "@/lib/matching/pair-constraint";
import type { constraintSchema } from "@/lib/matching/schemas";

/** Lock or forbid a pair for future runs, or clear what was set. A mentee has at most one lock. */
export async function setConstraint(actor: Actor, input: z.output<typeof constraintSchema>): Promise<void> {
  requirePermission(actor, "matching:write");
  const people = await db.participation.findMany({
    where: { id: { in: [input.menteeId, input.mentorId] }, programId: input.programId, status: "APPROVED" },
    select: { id: true, role: true },
  });
  const roles = new Map(people.map((p) => [p.id, p.role]));
  if (roles.get(input.menteeId) !== "MENTEE" || roles.get(input.mentorId) !== "MENTOR") {
    throw new AppError("NOT_FOUND", "That mentee or mentor is no longer approved in this programme. Refresh the page.");
  }
  const key = { programId: input.programId, menteeId: input.menteeId, mentorId: input.mentorId };
  await db.$transaction(async (tx) => {
    if (input.kind === "NONE") await tx.matchConstraint.deleteMany({ where: key });
    else await putPairConstraint(tx, key, input.kind);
  });
}
