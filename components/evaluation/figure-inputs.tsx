import type { ReactNode } from "react";
import type { Input } from "@/lib/kpi/program-evaluation";

/** A figure that opens, in one click, to what it was computed from. */
export function FigureInputs({
  children,
  inputs,
  note,
  method,
}: {
  children: ReactNode;
  inputs: Input[];
  note?: string | null;
  method?: string;
}) {
  return (
    <details className="group">
      <summary className="cursor-pointer list-none rounded decoration-dotted underline-offset-4 group-open:underline hover:underline focus-visible:outline-2 focus-visible:outline-brand-600 [&::-webkit-details-marker]:hidden">
        {children}
        <span className="sr-only"> (show inputs)</span>
      </summary>
      <div className="mt-2 max-w-md space-y-2 rounded-md bg-slate-50 p-3 text-xs text-slate-700 ring-1 ring-slate-200">
        {method && <p>{method}</p>}
        {note && <p className="font-medium text-slate-800">{note}</p>}
        {inputs.length > 0 && (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {inputs.map((input) => (
              <div key={input.label} className="contents">
                <dt className="text-slate-500">{input.label}</dt>
                <dd className="font-medium text-slate-900 tabular-nums">{input.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </details>
  );
}
