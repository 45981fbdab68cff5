"use client";

import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
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
    <figure>
      <div className="h-72 w-full" role="img" aria-label={`Retention curves with 95% interval bands. ${summary}`}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="month" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "#475569" }} unit=" mo" />
            <YAxis
              domain={[0.5, 1]}
              tickFormatter={pct}
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 12, fill: "#475569" }}
            />
            <Tooltip
              formatter={(value, name) => [
                Array.isArray(value) ? `${pct(Number(value[0]))}–${pct(Number(value[1]))}` : pct(Number(value)),
                name,
              ]}
              labelFormatter={(m) => `${m} months after the start`}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
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
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
