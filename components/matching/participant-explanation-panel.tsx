import { CriterionParts, DroppedCriteria } from "@/components/matching/criterion-parts";
import type { ParticipantExplanation } from "@/lib/matching/participant-explanation";
import { formatPercent } from "@/lib/format";

/** Why these two were paired, as the pair sees it; for a mentee, why not their first choice. */
export function ParticipantExplanationPanel({ explanation }: { explanation: ParticipantExplanation }) {
  return (
    <div className="space-y-3 text-sm">
      <CriterionParts
        parts={explanation.parts}
        end={(part) => <span className="text-right text-xs text-slate-500 tabular-nums">{formatPercent(part.score)}</span>}
      />
      <DroppedCriteria dropped={explanation.dropped} />
      {explanation.whyNotFirstChoice && (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700 ring-1 ring-slate-200">
          <span className="font-medium">Why not your first choice: </span>
          {explanation.whyNotFirstChoice}
        </p>
      )}
    </div>
  );
}
