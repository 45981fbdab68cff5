import { criterionLabels } from "@/lib/matching/config";
import type { ParticipantExplanation } from "@/lib/matching/participant-explanation";
import { formatPercent } from "@/lib/format";

/** Why these two were paired, as the pair sees it; for a mentee, why not their first choice. */
export function ParticipantExplanationPanel({ explanation }: { explanation: ParticipantExplanation }) {
  return (
    <div className="space-y-3 text-sm">
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
            <span className="text-right text-xs text-slate-500 tabular-nums">{formatPercent(part.score)}</span>
          </li>
        ))}
      </ul>
      {explanation.dropped.length > 0 && (
        <p className="text-xs text-slate-500">
          Not used for this pair:{" "}
          {explanation.dropped.map((d) => `${criterionLabels[d.criterion].toLowerCase()} (${d.reason})`).join("; ")}.
        </p>
      )}
      {explanation.whyNotFirstChoice && (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700 ring-1 ring-slate-200">
          <span className="font-medium">Why not your first choice: </span>
          {explanation.whyNotFirstChoice}
        </p>
      )}
    </div>
  );
}
