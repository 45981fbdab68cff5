import type { Prisma } from "@/lib/db/generated/client";
import vocabulary from "@/lib/vocabulary/en.json";

export const agreementTermKeys = ["cadence", "meetingFormat", "confidentiality", "ending", "expectations"] as const;
export type AgreementTerms = Record<(typeof agreementTermKeys)[number], string>;

export const agreementTermLabels: AgreementTerms = vocabulary.pairs.agreementTerm;

/** What a programme's template says before the coordinator has written one. */
export function defaultTerms(program: { meetingCadence: string }): AgreementTerms {
  return {
    cadence: program.meetingCadence || "Every two weeks, for about an hour.",
    meetingFormat: "By video or in person, whichever suits us both that week.",
    confidentiality:
      "What we discuss stays between us. The programme office sees only when we met, for how long, which goals we worked on and how useful it was.",
    ending:
      "Either of us can end the relationship at any time, without giving a reason, by telling the other and the programme office.",
    expectations: "",
  };
}

/** The programme's template, or the defaults where it has none. */
export async function templateTerms(client: Prisma.TransactionClient, programId: string): Promise<AgreementTerms> {
  const [template, program] = await Promise.all([
    client.agreementTemplate.findUnique({ where: { programId } }),
    client.program.findUniqueOrThrow({ where: { id: programId }, select: { meetingCadence: true } }),
  ]);
  if (!template) return defaultTerms(program);
  return {
    cadence: template.cadence,
    meetingFormat: template.meetingFormat,
    confidentiality: template.confidentiality,
    ending: template.ending,
    expectations: template.expectations,
  };
}
