/** How the coordinator orders a draft's proposals: best score first, or by either person's name. */
export type ProposalSort = "score" | "mentee" | "mentor";

export function proposalSort(value: string | undefined): ProposalSort {
  return value === "mentee" || value === "mentor" ? value : "score";
}

interface Sortable {
  score: number | null;
  mentee: { user: { name: string } };
  mentor: { user: { name: string } };
}

/** A sorted copy; the stored order (score, then id) breaks ties. */
export function sortProposals<P extends Sortable>(proposals: readonly P[], sort: ProposalSort): P[] {
  return [...proposals].sort((a, b) =>
    sort === "score" ? (b.score ?? 0) - (a.score ?? 0) : a[sort].user.name.localeCompare(b[sort].user.name),
  );
}
