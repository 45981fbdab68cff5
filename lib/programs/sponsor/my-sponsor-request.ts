import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import { sponsorFieldsSelect, sponsorSignOffState } from "@/lib/programs/sponsor/sign-off-state";
import { notYourSponsorship } from "@/lib/programs/sponsor/sponsored-program";

/**
 * What the sponsor is asked to sign off: the programme's purpose, type, dates, goals with their
 * objectives and budget, and where their answer stands. Nobody but the person asked reads it here.
 */
export async function mySponsorRequest(actor: Actor, programId: string) {
  requirePermission(actor, "own-mentoring:read");
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      id: true,
      name: true,
      purpose: true,
      type: true,
      status: true,
      startDate: true,
      endDate: true,
      sponsorId: true,
      goals: { orderBy: { position: "asc" }, select: { id: true, title: true, objective: true } },
      budgetLines: {
        orderBy: { createdAt: "asc" },
        select: { id: true, description: true, category: true, amountCents: true },
      },
      ...sponsorFieldsSelect,
    },
  });
  if (!program || program.sponsorId !== actor.id) throw notYourSponsorship();
  const currency = await organizationCurrency();
  return {
    id: program.id,
    name: program.name,
    purpose: program.purpose,
    type: program.type,
    status: program.status,
    startDate: program.startDate,
    endDate: program.endDate,
    goals: program.goals,
    budgetLines: program.budgetLines,
    currency,
    budgetTotalCents: program.budgetLines.reduce((sum, line) => sum + line.amountCents, 0),
    state: sponsorSignOffState(program),
  };
}
