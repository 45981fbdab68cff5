"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, axis, categoryAxis, gridLines } from "@/components/ui/chart";

/** How many people gave each answer to one question, as bars; the same figures are in the caption for screen readers. */
export function AnswerDistributionChart({
  data,
  horizontal = false,
  label,
}: {
  data: { label: string; count: number }[];
  /** Long labels (choices) read better as rows. */
  horizontal?: boolean;
  label: string;
}) {
  const summary = data.map((d) => `${d.label}: ${d.count}`).join("; ");
  const height = horizontal ? Math.max(120, data.length * 34) : 180;
  return (
    <ChartFigure style={{ height }} label={`${/[.?!]$/.test(label) ? label : `${label}.`} ${summary}.`} summary={summary}>
      {horizontal ? (
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid {...gridLines("vertical")} />
          <XAxis type="number" allowDecimals={false} {...axis} />
          <YAxis dataKey="label" width={140} {...categoryAxis} />
          <Tooltip formatter={(value) => [value, "People"]} />
          <Bar dataKey="count" name="People" fill="#6d6bd6" radius={[0, 4, 4, 0]} maxBarSize={22} isAnimationActive={false} />
        </BarChart>
      ) : (
        <BarChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -24 }}>
          <CartesianGrid {...gridLines("horizontal")} />
          <XAxis dataKey="label" {...axis} />
          <YAxis allowDecimals={false} {...axis} />
          <Tooltip formatter={(value) => [value, "People"]} />
          <Bar dataKey="count" name="People" fill="#6d6bd6" radius={[4, 4, 0, 0]} maxBarSize={36} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartFigure>
  );
}
