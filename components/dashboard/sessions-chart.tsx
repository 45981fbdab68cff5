"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { MonthCount } from "@/lib/kpi/health";

export function SessionsChart({ data }: { data: MonthCount[] }) {
  const summary = data.map((d) => `${d.label}: ${d.sessions}`).join(", ");
  return (
    <figure>
      <div className="h-64 w-full" role="img" aria-label={`Mentoring sessions per month. ${summary}.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <Tooltip cursor={{ fill: "#eef2ff" }} formatter={(value) => [value, "Sessions"]} />
            <Bar dataKey="sessions" fill="#4a48c4" radius={[4, 4, 0, 0]} maxBarSize={48} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}
