"use client";

import type { CSSProperties, ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { cx } from "@/components/ui/cx";

/**
 * A chart as a figure: one image to screen readers, named by `label`, with the same figures in a
 * hidden caption.
 */
export function ChartFigure({
  label,
  summary,
  className,
  style,
  children,
}: {
  label: string;
  summary: string;
  /** The box's size: a Tailwind height, or `style` where it depends on the data. */
  className?: string;
  style?: CSSProperties;
  children: ReactElement;
}) {
  return (
    <figure>
      <div className={cx("w-full", className)} style={style} role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{summary}</figcaption>
    </figure>
  );
}

/** The house look of an axis: no tick marks or axis line, small slate labels. */
export const axis = { tickLine: false, axisLine: false, tick: { fontSize: 12, fill: "#475569" } } as const;

/** A category axis of names (an assumption, an answer), a shade darker than the numbers. */
export const categoryAxis = { ...axis, type: "category", tick: { fontSize: 12, fill: "#334155" } } as const;

/** Dashed grid lines across the value axis only. */
export const gridLines = (along: "horizontal" | "vertical") =>
  ({ strokeDasharray: "3 3", stroke: "#e2e8f0", [along === "horizontal" ? "vertical" : "horizontal"]: false }) as const;

export const legendStyle = { fontSize: 12 } as const;
