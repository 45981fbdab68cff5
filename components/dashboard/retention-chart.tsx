"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, axis, gridLines, legendStyle } from "@/components/ui/chart";
import type { CurvePoint } from "@/lib/kpi/kaplan-meier";

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Voluntary retention by month since the start, participants against the matched comparison, with 95 % bands. */
export function RetentionChart({ participants, comparison }: { participants: CurvePoint[]; comparison: CurvePoint[] }) {
  const months = Math.max(participants.length, comparison.length);
  const data = Array.from({ length: months }, (_, month) => {
    const p = participants[month];
    const c = comparison[month];
    return {
      month,
      participants: p?.survival,
      participantsBand: p ? [p.lower, p.upper] : undefined,
      comparison: c?.survival,
      comparisonBand: c ? [c.lower, c.upper] : undefined,
    };
  });
  const last = data.at(-1);
  const summary = last
    ? `After ${last.month} months: participants ${last.participants === undefined ? "not followed" : pct(last.participants)}, matched comparison ${last.comparison === undefined ? "not followed" : pct(last.comparison)}.`
    : "";
  return (
    <ChartFigure className="h-72" label={`Retention curves with 95% interval bands. ${summary}`} summary={summary}>
      <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
        <CartesianGrid {...gridLines("horizontal")} />
        <XAxis dataKey="month" {...axis} unit=" mo" />
        <YAxis domain={[0.5, 1]} tickFormatter={pct} {...axis} />
        <Tooltip
          formatter={(value, name) => [
            Array.isArray(value) ? `${pct(Number(value[0]))}–${pct(Number(value[1]))}` : pct(Number(value)),
            name,
          ]}
          labelFormatter={(m) => `${m} months after the start`}
        />
        <Legend wrapperStyle={legendStyle} />
        <Area
          dataKey="comparisonBand"
          name="Comparison, 95% band"
          stroke="none"
          fill="#94a3b8"
          fillOpacity={0.25}
          isAnimationActive={false}
          legendType="none"
        />
        <Area
          dataKey="participantsBand"
          name="Participants, 95% band"
          stroke="none"
          fill="#4a48c4"
          fillOpacity={0.18}
          isAnimationActive={false}
          legendType="none"
        />
        <Line
          dataKey="comparison"
          name="Matched comparison"
          stroke="#64748b"
          strokeWidth={2}
          strokeDasharray="5 4"
          dot={false}
          type="stepAfter"
          isAnimationActive={false}
        />
        <Line
          dataKey="participants"
          name="Participants"
          stroke="#4a48c4"
          strokeWidth={2.5}
          dot={false}
          type="stepAfter"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
