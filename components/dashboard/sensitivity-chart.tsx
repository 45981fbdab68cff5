"use client";

import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
    <figure>
      <div className="h-64 w-full" role="img" aria-label={`ROI at each assumption's low and high value. ${summary}.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
            <XAxis
              type="number"
              tickFormatter={(v: number) => `${Math.round(v)}%`}
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 12, fill: "#475569" }}
            />
            <YAxis
              type="category"
              dataKey="assumption"
              width={130}
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 12, fill: "#334155" }}
            />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value) ? `${Math.round(Number(value[0]))}% to ${Math.round(Number(value[1]))}%` : value
              }
            />
            {expected !== null && <ReferenceLine x={expected} stroke="#4a48c4" strokeDasharray="4 3" />}
            <Bar dataKey="range" name="ROI range" fill="#7d7be0" radius={3} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
