import { z } from "zod";
import { utcDay } from "@/lib/dates";
import type { PersonHistory } from "@/lib/kpi/comparison-group";
import { estimateEffects } from "@/lib/kpi/effect";
import { minimumGroupSize } from "@/lib/kpi/health";
import { roiFigures } from "@/lib/kpi/roi";

/** `npm run evaluate`: the dashboard's engine on plain JSON, for auditors and tests. */

const day = z.iso.date("use a date written YYYY-MM-DD");
const share = (what: string) => z.number({ error: `${what} must be a number` }).min(0, "must be 0 or more");

const personSchema = z
  .object({
    id: z.string({ error: "must be a string" }).min(1, "must not be empty"),
    department: z.string({ error: "must be a string or null" }).nullable(),
    level: z.number({ error: "must be a whole number 1–10 or null" }).int().min(1).max(10).nullable(),
    location: z.string({ error: "must be a string or null" }).nullable(),
    hiredAt: day.nullable(),
    exitedAt: day.nullable(),
    exitVoluntary: z.boolean({ error: "must be true, false or null" }).nullable(),
    annualSalary: z.number({ error: "must be a number or null" }).min(0, "must be 0 or more").nullable(),
    participationStart: day.nullable(),
  })
  .superRefine((person, ctx) => {
    if (person.exitedAt !== null && person.exitVoluntary === null)
      ctx.addIssue({ code: "custom", path: ["exitVoluntary"], message: "say whether the exit was voluntary (true or false)" });
    if (person.exitedAt !== null && person.hiredAt !== null && person.exitedAt < person.hiredAt)
      ctx.addIssue({ code: "custom", path: ["exitedAt"], message: "is before hiredAt" });
  });

export const evaluateInputSchema = z
  .object({
    asOf: day,
    months: z.number({ error: "must be a number of months" }).int("must be a whole number").min(1).max(120),
    people: z.array(personSchema, { error: "must be a list of people" }),
    assumptions: z.object(
      {
        replacementCostShare: share("replacementCostShare"),
        isolation: share("isolation").max(1, "must be 1 or less"),
        confidence: share("confidence").max(1, "must be 1 or less"),
        hourlyOverhead: share("hourlyOverhead"),
      },
      { error: "must be an object with replacementCostShare, isolation, confidence and hourlyOverhead" },
    ),
    costs: z.number({ error: "must be a number" }).min(0, "must be 0 or more"),
    sessionHours: z.number({ error: "must be a number" }).min(0, "must be 0 or more"),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.people.forEach((person, k) => {
      if (seen.has(person.id))
        ctx.addIssue({ code: "custom", path: ["people", k, "id"], message: `"${person.id}" appears twice` });
      seen.add(person.id);
    });
  });

export type EvaluateInput = z.output<typeof evaluateInputSchema>;

export interface EvaluateOutput {
  retention: {
    participants: { n: number | null; rate: number | null };
    comparison: { n: number | null; rate: number | null };
    difference: number | null;
    ci95: [number, number] | null;
    naiveDifference: number | null;
    /** Present when a figure is withheld: why. */
    note?: string;
  };
  roi: {
    benefits: number | null;
    costs: number | null;
    roiPercent: number | null;
    benefitCostRatio: number | null;
    paybackMonths: number | null;
  };
}

/** "people.3.hiredAt: use a date written YYYY-MM-DD" — each problem names its field. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
      "",
    );
    return `${path || "input"}: ${issue.message}`;
  });
}

const round = (value: number | null, digits = 6) => (value === null ? null : Number(value.toFixed(digits)));

export function evaluate(input: EvaluateInput): EvaluateOutput {
  const asOf = utcDay(input.asOf);
  const date = (value: string | null) => (value === null ? null : utcDay(value));
  const people: PersonHistory[] = input.people.map((p) => ({
    id: p.id,
    department: p.department,
    level: p.level,
    location: p.location,
    hiredAt: date(p.hiredAt),
    exitedAt: date(p.exitedAt),
    exitVoluntary: p.exitVoluntary,
    participationStart: date(p.participationStart),
  }));
  const report = estimateEffects(people, { asOf, horizons: [input.months], minimumGroupSize });
  const estimate = report.retention[0]!;
  const noRoi = { benefits: null, costs: null, roiPercent: null, benefitCostRatio: null, paybackMonths: null };
  if (estimate.status !== "estimated") {
    return {
      retention: {
        participants: { n: estimate.participants, rate: null },
        comparison: { n: estimate.comparison, rate: null },
        difference: null,
        ci95: null,
        naiveDifference: null,
        note: `Not enough data: ${estimate.reason}`,
      },
      roi: noRoi,
    };
  }
  const participantIds = new Set(
    people.filter((p) => p.participationStart !== null && p.participationStart <= asOf).map((p) => p.id),
  );
  const salaries = input.people.filter((p) => participantIds.has(p.id) && p.annualSalary !== null).map((p) => p.annualSalary!);
  const retention: EvaluateOutput["retention"] = {
    participants: { n: estimate.participants.n, rate: round(estimate.participants.rate) },
    comparison: { n: estimate.comparison.n, rate: round(estimate.comparison.rate) },
    difference: round(estimate.difference),
    ci95: [round(estimate.ci95[0])!, round(estimate.ci95[1])!],
    naiveDifference: round(estimate.naive.difference),
  };
  if (salaries.length < minimumGroupSize)
    return {
      retention: { ...retention, note: `ROI needs the annual salary of at least ${minimumGroupSize} participants.` },
      roi: noRoi,
    };
  const roi = roiFigures({
    retentionDifference: { expected: estimate.difference, low: estimate.ci95[0], high: estimate.ci95[1] },
    participants: estimate.participants.n,
    averageSalary: salaries.reduce((a, b) => a + b, 0) / salaries.length,
    programCosts: input.costs,
    sessionHours: input.sessionHours,
    months: input.months,
    assumptions: input.assumptions,
  });
  return {
    retention,
    roi: {
      benefits: round(roi.benefits, 2),
      costs: round(roi.costs, 2),
      roiPercent: round(roi.roiPercent, 2),
      benefitCostRatio: round(roi.benefitCostRatio, 4),
      paybackMonths: round(roi.paybackMonths, 2),
    },
  };
}
