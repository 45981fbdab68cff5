import { z } from "zod";
import { kpiTemplateKeys } from "@/lib/kpi/templates";
import { metricKeys } from "@/lib/kpi/metrics";

const typedNumber = (message: string) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === "number" ? v : Number(v.trim().replace(/[%,]/g, ""));
    if ((typeof v === "string" && v.trim() === "") || !Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return n;
  });

const optionalTypedNumber = (message: string) =>
  z
    .union([z.number(), z.string(), z.null()])
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
      const n = typeof v === "number" ? v : Number(v.trim().replace(/[%,]/g, ""));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

/** A KPI row as the coordinator types it: targets and baselines in the metric's own unit (80 for 80 %). */
export const kpiRowSchema = z.object({
  programId: z.string().min(1),
  rowId: z.string().optional(),
  goalId: z
    .string()
    .optional()
    .transform((v) => v || null),
  measure: z.string().trim().min(3, "Say what is measured, in a few words.").max(200, "Keep it under 200 characters."),
  metric: z.enum(metricKeys, "Choose how the actual is computed."),
  audience: z.enum(["PARTICIPANT", "ORGANISATION"], "Choose who it is for."),
  level: z.coerce.number().int().min(1, "Choose a level from 1 to 5.").max(5, "Choose a level from 1 to 5."),
  horizon: z.enum(["SHORT_TERM", "LONG_TERM"], "Choose short or long term."),
  baseline: optionalTypedNumber("Write the baseline as a number, or leave it empty."),
  target: typedNumber("Write the target as a number."),
  owner: z.string().trim().min(2, "Name who owns this measure.").max(80, "Keep the owner under 80 characters."),
});
export type KpiRowInput = z.input<typeof kpiRowSchema>;
export type KpiRowValues = z.output<typeof kpiRowSchema>;

export const kpiRowIdSchema = z.object({ programId: z.string().min(1), rowId: z.string().min(1) });

export const kpiTemplateSchema = z.object({
  programId: z.string().min(1),
  template: z.enum(kpiTemplateKeys, "Choose a template."),
});

const percent = (what: string, max = 100) =>
  z.coerce
    .number({ error: `Write ${what} as a number.` })
    .min(0, `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative.`)
    .max(max, `Use at most ${max}.`)
    .transform((v) => v / 100);

/** ROI assumptions as typed: shares in per cent, hours and an hourly rate in money. */
export const roiAssumptionsSchema = z.object({
  programId: z.string().min(1),
  replacementCostShare: percent("the replacement cost", 400),
  isolation: percent("the isolation share"),
  confidence: percent("the confidence"),
  hourlyOverhead: percent("the overhead", 300),
  coordinatorHours: z.coerce.number({ error: "Write the hours as a number." }).min(0, "Hours cannot be negative.").max(100_000),
  coordinatorHourlyRate: z.coerce
    .number({ error: "Write the rate as a number." })
    .min(0, "The rate cannot be negative.")
    .max(10_000),
  intangibles: z
    .string()
    .max(2000, "Keep the list under 2,000 characters.")
    .transform((v) =>
      v
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
    ),
});
export type RoiAssumptionsInput = z.input<typeof roiAssumptionsSchema>;
