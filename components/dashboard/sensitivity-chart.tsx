"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, axis, categoryAxis, gridLines } from "@/components/ui/chart";
import type { SensitivityRow } from "@/lib/kpi/roi";

/** A tornado chart: each assumption's ROI at its low and high value, biggest swing on top. */
export function SensitivityChart({ rows, expected }: { rows: SensitivityRow[]; expected: number | null }) {
  const data = rows.map((r) => {
    const values = [r.low.roiPercent ?? 0, r.high.roiPercent ?? 0];
    return { assumption: r.assumption, range: [Math.min(...values), Math.max(...values)] };
  });
  const summary = rows
    .map((r) => `${r.assumption}: ${Math.round(r.low.roiPercent ?? 0)}% to ${Math.round(r.high.roiPercent ?? 0)}%`)
    .join("; ");
  return (
    <ChartFigure className="h-64" label={`ROI at each assumption's low and high value. ${summary}.`} summary={summary}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 24 }}>
        <CartesianGrid {...gridLines("vertical")} />
        <XAxis type="number" tickFormatter={(v: number) => `${Math.round(v)}%`} {...axis} />
        <YAxis dataKey="assumption" width={130} {...categoryAxis} />
        <Tooltip
          formatter={(value) =>
            Array.isArray(value) ? `${Math.round(Number(value[0]))}% to ${Math.round(Number(value[1]))}%` : value
          }
        />
        {expected !== null && <ReferenceLine x={expected} stroke="#4a48c4" strokeDasharray="4 3" />}
        <Bar dataKey="range" name="ROI range" fill="#7d7be0" radius={3} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}
