import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findProgram } from "@/lib/programs/find-program";
import { sponsorFieldsSelect, sponsorSignOffState } from "@/lib/programs/sponsor/sign-off-state";

export interface SponsorCandidate {
  id: string;
  name: string;
  title: string | null;
}

/**
 * The sponsor card on the programme's Design tab: where the sign-off stands, and the people the
 * programme office can ask, executives first (a sponsor is usually one) then everyone else.
 */
export async function getSponsorSignOff(actor: Actor, programId: string) {
  requirePermission(actor, "programs:read");
  const [program, people] = await Promise.all([
    findProgram({ id: programId }, { sponsorId: true, ...sponsorFieldsSelect }),
    db.user.findMany({
      where: { active: true, erasedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, title: true, role: true },
    }),
  ]);
  const candidate = ({ id, name, title }: SponsorCandidate): SponsorCandidate => ({ id, name, title });
  return {
    state: sponsorSignOffState(program),
    sponsorId: program.sponsorId,
    executives: people.filter((p) => p.role === "EXECUTIVE").map(candidate),
    others: people.filter((p) => p.role !== "EXECUTIVE").map(candidate),
  };
}
