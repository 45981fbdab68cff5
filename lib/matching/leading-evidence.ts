import type { StoredExplanation } from "@/lib/matching/explanation";

/** The one line a proposal's explanation leads with: the evidence of the criterion that added most, if any scored. */
export function leadingEvidence(explanation: Pick<StoredExplanation, "parts">): string | null {
  const best = explanation.parts.filter((p) => p.score > 0).sort((a, b) => b.contribution - a.contribution)[0];
  return best?.evidence || null;
}
