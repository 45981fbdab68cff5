import { criterionLabels, describeRules, weightLabel } from "@/lib/matching/config";
import type { StoredExplanation } from "@/lib/matching/explanation";
import { formatPercent } from "@/lib/format";

/** Why a pair was made: each criterion's share of the score, with its evidence. */
export function ExplanationPanel({ explanation }: { explanation: StoredExplanation }) {
  return (
    <div className="space-y-3 text-sm">
      {explanation.overriddenRules && explanation.overriddenRules.length > 0 && (
        <p className="text-amber-800">Made by hand despite: {describeRules(explanation.overriddenRules)}.</p>
      )}
      <ul className="space-y-2">
        {explanation.parts.map((part) => (
          <li key={part.criterion} className="grid grid-cols-[9rem_1fr_3.5rem] items-center gap-3">
            <span className="text-slate-700">{criterionLabels[part.criterion]}</span>
            <span>
              <span className="block h-1.5 rounded-full bg-slate-100">
                <span className="block h-1.5 rounded-full bg-brand-500" style={{ width: `${Math.round(part.score * 100)}%` }} />
              </span>
              <span className="mt-1 block text-xs text-slate-600">{part.evidence}</span>
            </span>
            <span
              className="text-right text-xs text-slate-500 tabular-nums"
              title={`Weight ${weightLabel(part.weight).toLowerCase()}, score ${formatPercent(part.score)}`}
            >
              +{(part.contribution * 100).toFixed(1)}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-500">
        Contributions add up to the pair score of {formatPercent(explanation.total)}.
        {explanation.choiceRank !== null &&
          ` This mentor is the mentee's choice #${explanation.choiceRank}${explanation.choiceRankBasis === "score" ? " by score" : " in their own ranking"}.`}
      </p>
      {explanation.dropped.length > 0 && (
        <p className="text-xs text-slate-500">
          Not used for this pair:{" "}
          {explanation.dropped.map((d) => `${criterionLabels[d.criterion].toLowerCase()} (${d.reason})`).join("; ")}.
        </p>
      )}
      {explanation.alternative && <p className="text-xs text-slate-600">Best alternative: {explanation.alternative.whyNot}</p>}
    </div>
  );
}
