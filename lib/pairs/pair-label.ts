/** Who is who in a pair, in the one order used everywhere: mentor first, then mentee. */
export const pairRoles = [
  { key: "mentor", label: "Mentor" },
  { key: "mentee", label: "Mentee" },
] as const;

/** "Mentor Daniel Reyes · Mentee Lena Fischer": a pair as text (page titles, labels, exports). */
export function pairLabel(pair: { mentor: string; mentee: string }): string {
  return pairRoles.map((role) => `${role.label} ${pair[role.key]}`).join(" · ");
}
