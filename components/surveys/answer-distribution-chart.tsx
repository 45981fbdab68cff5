"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

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
    <figure>
      <div
        className="w-full"
        style={{ height }}
        role="img"
        aria-label={`${/[.?!]$/.test(label) ? label : `${label}.`} ${summary}.`}
      >
        <ResponsiveContainer width="100%" height="100%">
          {horizontal ? (
            <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
              <XAxis
                type="number"
                allowDecimals={false}
                tickLine={false}
                axisLine={false}
                tick={{ fontSize: 12, fill: "#475569" }}
              />
              <YAxis
                type="category"
                dataKey="label"
                width={140}
                tickLine={false}
                axisLine={false}
                tick={{ fontSize: 12, fill: "#334155" }}
              />
              <Tooltip formatter={(value) => [value, "People"]} />
              <Bar dataKey="count" name="People" fill="#6d6bd6" radius={[0, 4, 4, 0]} maxBarSize={22} isAnimationActive={false} />
            </BarChart>
          ) : (
            <BarChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -24 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
              <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "#475569" }} />
              <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "#475569" }} />
              <Tooltip formatter={(value) => [value, "People"]} />
              <Bar dataKey="count" name="People" fill="#6d6bd6" radius={[4, 4, 0, 0]} maxBarSize={36} isAnimationActive={false} />
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
