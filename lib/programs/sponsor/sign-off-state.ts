/** Where a programme's executive sponsor sign-off stands, as the programme office and the sponsor see it. */
export type SponsorSignOffState =
  | { kind: "none" }
  /** Typed in by the programme office before sponsors signed off in person. */
  | { kind: "recorded"; sponsorName: string; signedOffAt: Date; comment: string | null }
  | { kind: "waiting"; sponsorName: string; askedAt: Date; askedByName: string | null }
  | { kind: "signed-off"; sponsorName: string; signedOffAt: Date; comment: string | null }
  | { kind: "not-yet"; sponsorName: string; notYetAt: Date; comment: string | null };

export interface SponsorFields {
  sponsorName: string | null;
  sponsor: { name: string } | null;
  sponsorAskedAt: Date | null;
  sponsorAskedBy: { name: string } | null;
  sponsorSignedOffAt: Date | null;
  sponsorNotYetAt: Date | null;
  sponsorComment: string | null;
}

export function sponsorSignOffState(program: SponsorFields): SponsorSignOffState {
  const comment = program.sponsorComment;
  if (!program.sponsor) {
    return program.sponsorSignedOffAt && program.sponsorName
      ? { kind: "recorded", sponsorName: program.sponsorName, signedOffAt: program.sponsorSignedOffAt, comment }
      : { kind: "none" };
  }
  const sponsorName = program.sponsor.name;
  if (program.sponsorSignedOffAt) return { kind: "signed-off", sponsorName, signedOffAt: program.sponsorSignedOffAt, comment };
  if (program.sponsorNotYetAt) return { kind: "not-yet", sponsorName, notYetAt: program.sponsorNotYetAt, comment };
  if (program.sponsorAskedAt)
    return { kind: "waiting", sponsorName, askedAt: program.sponsorAskedAt, askedByName: program.sponsorAskedBy?.name ?? null };
  return { kind: "none" };
}

/** The columns a loader selects to work out the state. */
export const sponsorFieldsSelect = {
  sponsorName: true,
  sponsor: { select: { name: true } },
  sponsorAskedAt: true,
  sponsorAskedBy: { select: { name: true } },
  sponsorSignedOffAt: true,
  sponsorNotYetAt: true,
  sponsorComment: true,
} as const;
