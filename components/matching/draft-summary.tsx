import type { ReactNode } from "react";
import { formatPercent } from "@/lib/format";
import type { matchingWorkspace } from "@/lib/matching/workspace";

type Draft = NonNullable<Awaited<ReturnType<typeof matchingWorkspace>>["draft"]>;

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      {children}
    </div>
  );
}

/** A draft run at a glance: how many matched, how good the pairs are, and how the scores spread. */
export function DraftSummary({ draft }: { draft: Draft }) {
  const { summary } = draft;
  const tallest = Math.max(1, ...summary.scoreBands);
  return (
    <dl className="mb-5 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
      <Figure label="Matched">
        <dd className="text-lg font-semibold">
          {summary.matched} <span className="text-sm font-normal text-slate-500">of {summary.mentees}</span>
        </dd>
      </Figure>
      <Figure label="Average pair score">
        <dd className="text-lg font-semibold">{formatPercent(draft.averageScore)}</dd>
        <dd className="text-xs text-slate-500">
          {draft.gainOverGreedy !== null && draft.gainOverGreedy > 0
            ? `${formatPercent(draft.gainOverGreedy)} more in total than pairing the best pair first`
            : "as good as pairing the best pair first"}
        </dd>
      </Figure>
      <Figure label="Got a top-3 choice">
        <dd className="text-lg font-semibold">{formatPercent(summary.topThreeShare)}</dd>
      </Figure>
      <Figure label="Score distribution">
        <dd>
          <div
            className="mt-1 flex h-8 items-end gap-0.5"
            role="img"
            aria-label={`Pairs per score band: ${summary.scoreBands.map((n, k) => `${k * 10}–${k * 10 + 10}%: ${n}`).join(", ")}`}
          >
            {summary.scoreBands.map((count, band) => (
              <span
                key={band}
                className="w-2.5 rounded-sm bg-brand-500"
                style={{ height: `${Math.max(2, (count / tallest) * 32)}px`, opacity: count ? 1 : 0.2 }}
              />
            ))}
          </div>
        </dd>
      </Figure>
    </dl>
  );
}
