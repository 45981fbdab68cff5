import { Table, Td, Th } from "@/components/ui/table";
import { formatDecimal } from "@/lib/format";
import type { QuestionSummary } from "@/lib/surveys/pulse-rules";

const scaleValues = [1, 2, 3, 4, 5];

/** Answers to 1–5 questions as totals: the mean and how many gave each value, never one answer. */
export function ScaleSummaryTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; summary: QuestionSummary }[];
}) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Question</Th>
          <Th>Mean (1–5)</Th>
          {scaleValues.map((value) => (
            <Th key={value} className="text-right">
              {value}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <Td>{row.label}</Td>
            <Td className="font-semibold text-slate-900">{formatDecimal(row.summary.mean)}</Td>
            {row.summary.distribution.map(({ value, count }) => (
              <Td key={value} className="text-right tabular-nums">
                {count}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
