"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, axis, gridLines, legendStyle } from "@/components/ui/chart";
import type { MonthActivity } from "@/lib/kpi/dashboard";

/** Sessions per month (bars) and average usefulness 1–5 (line); withheld months are gaps, not zeros. */
export function ActivityChart({ data }: { data: MonthActivity[] }) {
  const summary = data
    .map(
      (d) =>
        `${d.label}: ${d.sessions ?? "withheld"} sessions, usefulness ${d.satisfaction === null ? "withheld" : d.satisfaction.toFixed(1)}`,
    )
    .join("; ");
  return (
    <ChartFigure className="h-64" label={`Sessions and satisfaction per month. ${summary}.`} summary={summary}>
      <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -16 }}>
        <CartesianGrid {...gridLines("horizontal")} />
        <XAxis dataKey="label" {...axis} tick={{ ...axis.tick, fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis yAxisId="sessions" allowDecimals={false} {...axis} />
        <YAxis yAxisId="score" orientation="right" domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} {...axis} />
        <Tooltip
          formatter={(value, name) => [
            value === null ? "withheld" : typeof value === "number" && name !== "Sessions" ? value.toFixed(2) : value,
            name,
          ]}
        />
        <Legend wrapperStyle={legendStyle} />
        <Bar
          yAxisId="sessions"
          dataKey="sessions"
          name="Sessions"
          fill="#c7c6f2"
          radius={[4, 4, 0, 0]}
          maxBarSize={36}
          isAnimationActive={false}
        />
        <Line
          yAxisId="score"
          dataKey="satisfaction"
          name="Usefulness (1–5)"
          stroke="#4a48c4"
          strokeWidth={2}
          dot={{ r: 3 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartFigure>
  );
}
