import { SensitivityChart } from "@/components/dashboard/sensitivity-chart";
import { FigureInputs } from "@/components/evaluation/figure-inputs";
import { Table, Td, Th } from "@/components/ui/table";
import type { RoiSummary } from "@/lib/kpi/program-evaluation";
import type { RoiFigures } from "@/lib/kpi/roi";
import { formatMoney } from "@/lib/format";

const percent = (value: number | null) => (value === null ? "—" : `${Math.round(value)}%`);
const months = (value: number | null) => (value === null ? "no payback" : `${value.toFixed(1)} months`);

function Scenario({ label, figures, strong }: { label: string; figures: RoiFigures; strong?: boolean }) {
  return (
    <div
      className={strong ? "rounded-lg bg-brand-50 p-4 ring-1 ring-brand-200" : "rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200"}
    >
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <p className={`mt-1 font-semibold tracking-tight text-slate-900 ${strong ? "text-3xl" : "text-2xl"}`}>
        {percent(figures.roiPercent)}
      </p>
      <p className="mt-1 text-xs text-slate-600">
        Benefit–cost ratio {figures.benefitCostRatio === null ? "—" : figures.benefitCostRatio.toFixed(2)} · payback{" "}
        {months(figures.paybackMonths)}
      </p>
    </div>
  );
}

/** ROI with its range, every input one click away, and which assumption moves it most. */
export function RoiPanel({ roi }: { roi: RoiSummary }) {
  if (roi.status !== "estimated")
    return (
      <p className="text-sm text-slate-700">
        <strong>Not enough data.</strong> {roi.reason}
      </p>
    );
  const top = roi.sensitivity[0];
  return (
    <div className="space-y-5">
      <div className="grid gap-3 sm:grid-cols-3">
        <Scenario label="Conservative (interval's lower end)" figures={roi.range.conservative} />
        <Scenario label="Expected" figures={roi.range.expected} strong />
        <Scenario label="Optimistic (interval's upper end)" figures={roi.range.optimistic} />
      </div>
      <FigureInputs
        inputs={roi.inputs}
        method="ROI = (monetised benefits − fully loaded costs) ÷ costs × 100. The range follows the 95% interval of the matched retention difference."
      >
        <span className="text-sm font-medium text-brand-700">
          {formatMoney(roi.range.expected.benefits, roi.currency)} benefits against{" "}
          {formatMoney(roi.range.expected.costs, roi.currency)} costs: show inputs and assumptions
        </span>
      </FigureInputs>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Which assumption moves ROI most</h3>
        {top && (
          <p className="mt-1 text-sm text-slate-600">
            {top.assumption} moves ROI by {Math.round(top.swing)} points between its low and high values; the others matter less.
          </p>
        )}
        <SensitivityChart rows={roi.sensitivity} expected={roi.range.expected.roiPercent} />
        <div className="mt-3">
          <Table caption="ROI sensitivity">
            <thead className="bg-slate-50">
              <tr>
                <Th>Assumption</Th>
                <Th className="text-right">ROI at low</Th>
                <Th className="text-right">ROI at high</Th>
                <Th className="text-right">Swing</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {roi.sensitivity.map((row) => (
                <tr key={row.assumption}>
                  <Td>{row.assumption}</Td>
                  <Td className="text-right tabular-nums">{percent(row.low.roiPercent)}</Td>
                  <Td className="text-right tabular-nums">{percent(row.high.roiPercent)}</Td>
                  <Td className="text-right tabular-nums">{Math.round(row.swing)} points</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </div>
      {roi.assumptions.intangibles.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Intangible benefits (not given a money value)</h3>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
            {roi.assumptions.intangibles.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
