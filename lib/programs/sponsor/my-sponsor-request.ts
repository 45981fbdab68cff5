import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { organizationCurrency } from "@/lib/organization/organization-settings";
import { sponsorFieldsSelect, sponsorSignOffState } from "@/lib/programs/sponsor/sign-off-state";
import { notYourSponsorship } from "@/lib/programs/sponsor/sponsored-program";
import { programGoalsField, programOutline, programOutlineFields } from "@/lib/programs/program-fields";

/**
 * What the sponsor is asked to sign off: the programme's purpose, type, dates, goals with their
 * objectives and budget, and where their answer stands. Nobody but the person asked reads it here.
 */
export async function mySponsorRequest(actor: Actor, programId: string) {
  requirePermission(actor, "own-mentoring:read");
  const program = await db.program.findUnique({
    where: { id: programId },
    select: {
      ...programOutlineFields,
      sponsorId: true,
      goals: programGoalsField,
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
    ...programOutline(program),
    goals: program.goals,
    budgetLines: program.budgetLines,
    currency,
    budgetTotalCents: program.budgetLines.reduce((sum, line) => sum + line.amountCents, 0),
    state: sponsorSignOffState(program),
  };
}
