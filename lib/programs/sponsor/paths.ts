/** Where the sponsor reads what they are asked to sign off, and answers. */
export function sponsorSignOffPath(programId: string): string {
  return `/me/sign-off/${programId}`;
}

/** Where the programme office sees the sponsor's answer. */
export function sponsorCardPath(programId: string): string {
  return `/programs/${programId}/design#sponsor`;
}
