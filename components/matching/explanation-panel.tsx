import { CriterionParts, DroppedCriteria } from "@/components/matching/criterion-parts";
import { describeRules, weightLabel } from "@/lib/matching/config";
import type { StoredExplanation } from "@/lib/matching/explanation";
import { formatPercent } from "@/lib/format";

/** Why a pair was made: each criterion's share of the score, with its evidence. */
export function ExplanationPanel({ explanation }: { explanation: StoredExplanation }) {
  return (
    <div className="space-y-3 text-sm">
      {explanation.overriddenRules && explanation.overriddenRules.length > 0 && (
        <p className="text-amber-800">Made by hand despite: {describeRules(explanation.overriddenRules)}.</p>
      )}
      <CriterionParts
        parts={explanation.parts}
        end={(part) => (
          <span
            className="text-right text-xs text-slate-500 tabular-nums"
            title={`Weight ${weightLabel(part.weight).toLowerCase()}, score ${formatPercent(part.score)}`}
          >
            +{(part.contribution * 100).toFixed(1)}
          </span>
        )}
      />
      <p className="text-xs text-slate-500">
        Contributions add up to the pair score of {formatPercent(explanation.total)}.
        {explanation.choiceRank !== null &&
          ` This mentor is the mentee's choice #${explanation.choiceRank}${explanation.choiceRankBasis === "score" ? " by score" : " in their own ranking"}.`}
      </p>
      <DroppedCriteria dropped={explanation.dropped} />
      {explanation.alternative && <p className="text-xs text-slate-600">Best alternative: {explanation.alternative.whyNot}</p>}
    </div>
  );
}
