import type { ReactNode } from "react";
import type { Criterion } from "@/lib/matching/config";
import { criterionLabels } from "@/lib/matching/config";

/** Each criterion of a pair's score as a bar with its evidence, and what the row ends with (its share or its contribution). */
export function CriterionParts<Part extends { criterion: Criterion; score: number; evidence: string }>({
  parts,
  end,
}: {
  parts: Part[];
  end: (part: Part) => ReactNode;
}) {
  return (
    <ul className="space-y-2">
      {parts.map((part) => (
        <li key={part.criterion} className="grid grid-cols-[9rem_1fr_3.5rem] items-center gap-3">
          <span className="text-slate-700">{criterionLabels[part.criterion]}</span>
          <span>
            <span className="block h-1.5 rounded-full bg-slate-100">
              <span className="block h-1.5 rounded-full bg-brand-500" style={{ width: `${Math.round(part.score * 100)}%` }} />
            </span>
            <span className="mt-1 block text-xs text-slate-600">{part.evidence}</span>
          </span>
          {end(part)}
        </li>
      ))}
    </ul>
  );
}

/** The criteria a pair's score left out, and why. */
export function DroppedCriteria({ dropped }: { dropped: { criterion: Criterion; reason: string }[] }) {
  if (dropped.length === 0) return null;
  return (
    <p className="text-xs text-slate-500">
      Not used for this pair: {dropped.map((d) => `${criterionLabels[d.criterion].toLowerCase()} (${d.reason})`).join("; ")}.
    </p>
  );
}
