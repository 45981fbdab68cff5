/** What a pulse invite needs to name the respondent's partner: the other side of the pair. */
export const pulsePartnerSelect = {
  side: true,
  match: {
    select: {
      mentor: { select: { user: { select: { name: true } } } },
      mentee: { select: { user: { select: { name: true } } } },
    },
  },
} as const;

export function pulsePartnerName(invite: {
  side: "MENTOR" | "MENTEE";
  match: { mentor: { user: { name: string } }; mentee: { user: { name: string } } };
}): string {
  return (invite.side === "MENTOR" ? invite.match.mentee : invite.match.mentor).user.name;
}
