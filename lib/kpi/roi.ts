/**
 * Return on investment after Phillips: fully loaded costs against monetised benefits, each benefit
 * discounted by how much of it the programme can claim (isolation) and how sure the estimate is
 * (confidence). Pure arithmetic, so every figure can be reproduced by hand.
 */

export interface RoiAssumptions {
  /** Cost of replacing a leaver, as a share of annual salary (0.5 = half a year's pay). */
  replacementCostShare: number;
  /** Share of the retention difference credited to mentoring rather than other causes, 0..1. */
  isolation: number;
  /** How confident the organisation is in the estimate, 0..1. */
  confidence: number;
  /** Benefits and overheads on top of salary for an hour of someone's time (0.3 = 30 %). */
  hourlyOverhead: number;
}

export const defaultRoiAssumptions: RoiAssumptions = {
  replacementCostShare: 0.5,
  isolation: 0.5,
  confidence: 0.7,
  hourlyOverhead: 0.3,
};

/** Working hours in a year, to turn an annual salary into an hourly rate. */
export const annualWorkingHours = 1720;

export interface OtherBenefit {
  label: string;
  /** Value per year before adjustment. */
  amount: number;
  isolation: number;
  confidence: number;
}

export interface RoiInput {
  /** Matched retention difference (participants minus comparison), as a share, with its 95 % interval. */
  retentionDifference: { expected: number; low: number; high: number };
  participants: number;
  averageSalary: number;
  /** Budget lines and coordinator time, already in money. */
  programCosts: number;
  /** Participants' hours in mentoring sessions, costed at their loaded hourly rate. */
  sessionHours: number;
  /** The period the retention difference covers; benefits are spread over it for the payback. */
  months: number;
  assumptions: RoiAssumptions;
  otherBenefits?: OtherBenefit[];
}

export interface RoiFigures {
  avoidedExits: number;
  exitBenefit: number;
  otherBenefits: number;
  benefits: number;
  loadedHourlyRate: number;
  sessionCost: number;
  costs: number;
  /** (benefits − costs) / costs × 100; null when there are no costs. */
  roiPercent: number | null;
  benefitCostRatio: number | null;
  /** Months of benefits needed to repay the costs; null when benefits are not positive. */
  paybackMonths: number | null;
}

export function roiFigures(input: RoiInput, difference = input.retentionDifference.expected): RoiFigures {
  const { assumptions: a } = input;
  const avoidedExits = difference * input.participants;
  const exitBenefit = avoidedExits * input.averageSalary * a.replacementCostShare * a.isolation * a.confidence;
  const otherBenefits = (input.otherBenefits ?? []).reduce((sum, b) => sum + b.amount * b.isolation * b.confidence, 0);
  const benefits = exitBenefit + otherBenefits;
  const loadedHourlyRate = (input.averageSalary / annualWorkingHours) * (1 + a.hourlyOverhead);
  const sessionCost = input.sessionHours * loadedHourlyRate;
  const costs = input.programCosts + sessionCost;
  return {
    avoidedExits,
    exitBenefit,
    otherBenefits,
    benefits,
    loadedHourlyRate,
    sessionCost,
    costs,
    roiPercent: costs > 0 ? ((benefits - costs) / costs) * 100 : null,
    benefitCostRatio: costs > 0 ? benefits / costs : null,
    paybackMonths: benefits > 0 && input.months > 0 ? costs / (benefits / input.months) : null,
  };
}

export interface RoiRange {
  conservative: RoiFigures;
  expected: RoiFigures;
  optimistic: RoiFigures;
}

/** The range follows the retention difference's 95 % interval; the other assumptions stay as set. */
export function roiRange(input: RoiInput): RoiRange {
  const { low, expected, high } = input.retentionDifference;
  return { conservative: roiFigures(input, low), expected: roiFigures(input, expected), optimistic: roiFigures(input, high) };
}

export interface SensitivityRow {
  assumption: string;
  low: { value: number; roiPercent: number | null };
  high: { value: number; roiPercent: number | null };
  /** How far ROI moves between low and high, in percentage points. */
  swing: number;
}

const clampShare = (value: number) => Math.min(1, Math.max(0, value));

/**
 * One assumption at a time moved to a plausible low and high (the interval for the retention
 * difference, ±20 % for the rest), everything else held: the biggest swing matters most.
 */
export function roiSensitivity(input: RoiInput, spread = 0.2): SensitivityRow[] {
  const a = input.assumptions;
  const vary: { assumption: string; low: number; high: number; apply: (value: number) => RoiInput }[] = [
    {
      assumption: "Retention difference",
      low: input.retentionDifference.low,
      high: input.retentionDifference.high,
      apply: (value) => ({ ...input, retentionDifference: { ...input.retentionDifference, expected: value } }),
    },
    ...(["replacementCostShare", "isolation", "confidence"] as const).map((key) => ({
      assumption: { replacementCostShare: "Replacement cost", isolation: "Isolation", confidence: "Confidence" }[key],
      low: clampShare(a[key] * (1 - spread)),
      high: key === "replacementCostShare" ? a[key] * (1 + spread) : clampShare(a[key] * (1 + spread)),
      apply: (value: number) => ({ ...input, assumptions: { ...a, [key]: value } }),
    })),
    {
      assumption: "Hourly overhead",
      low: a.hourlyOverhead * (1 - spread),
      high: a.hourlyOverhead * (1 + spread),
      apply: (value) => ({ ...input, assumptions: { ...a, hourlyOverhead: value } }),
    },
    {
      assumption: "Average salary",
      low: input.averageSalary * (1 - spread),
      high: input.averageSalary * (1 + spread),
      apply: (value) => ({ ...input, averageSalary: value }),
    },
    {
      assumption: "Programme costs",
      low: input.programCosts * (1 - spread),
      high: input.programCosts * (1 + spread),
      apply: (value) => ({ ...input, programCosts: value }),
    },
  ];
  return vary
    .map(({ assumption, low, high, apply }) => {
      const lowRoi = roiFigures(apply(low)).roiPercent;
      const highRoi = roiFigures(apply(high)).roiPercent;
      return {
        assumption,
        low: { value: low, roiPercent: lowRoi },
        high: { value: high, roiPercent: highRoi },
        swing: lowRoi === null || highRoi === null ? 0 : Math.abs(highRoi - lowRoi),
      };
    })
    .sort((x, y) => y.swing - x.swing);
}
