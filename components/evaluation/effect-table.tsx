import { Table, Td, Th } from "@/components/ui/table";
import type { Estimate } from "@/lib/kpi/effect";
import { formatMetric } from "@/lib/kpi/metrics";

const rate = (value: number, ci: [number, number]) => (
  <>
    {formatMetric("percent", value)}{" "}
    <span className="text-xs whitespace-nowrap text-slate-500">
      ({formatMetric("percent", ci[0])}–{formatMetric("percent", ci[1])})
    </span>
  </>
);

/** Participants against the matched comparison group at each horizon, with the naive difference beside it. */
export function EffectTable({ caption, estimates }: { caption: string; estimates: Estimate[] }) {
  return (
    <Table caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          <Th>After</Th>
          <Th className="text-right">Participants</Th>
          <Th className="text-right">Matched comparison</Th>
          <Th className="text-right">Difference (95% interval)</Th>
          <Th className="text-right">Naive difference</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {estimates.map((e) => (
          <tr key={e.months}>
            <Td className="whitespace-nowrap">{e.months} months</Td>
            {e.status === "estimated" ? (
              <>
                <Td className="text-right tabular-nums">
                  {rate(e.participants.rate, e.participants.ci95)}
                  <span className="block text-xs text-slate-500">n = {e.participants.n}</span>
                </Td>
                <Td className="text-right tabular-nums">
                  {rate(e.comparison.rate, e.comparison.ci95)}
                  <span className="block text-xs text-slate-500">n = {e.comparison.n}</span>
                </Td>
                <Td className="text-right font-medium text-slate-900 tabular-nums">
                  {formatMetric("points", e.difference)}
                  <span className="block text-xs font-normal text-slate-500">
                    {formatMetric("points", e.ci95[0])} to {formatMetric("points", e.ci95[1])}
                  </span>
                </Td>
                <Td className="text-right text-slate-500 tabular-nums">{formatMetric("points", e.naive.difference)}</Td>
              </>
            ) : (
              <Td colSpan={4} className="text-right text-slate-500">
                Not enough data: {e.reason}
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
