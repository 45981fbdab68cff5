import { z } from "zod";

/** What makes a mentor ready, after the seeds' guidance on selecting mentors. */
export const readinessQualities = {
  feedback: "Giving constructive feedback",
  patience: "Patience",
  enthusiasm: "Enthusiasm for developing others",
  listening: "Active listening",
  observation: "Observation",
  communication: "Clear communication",
  selfAwareness: "Self-awareness",
  companyKnowledge: "Knowledge of the company",
} as const;

export type Quality = keyof typeof readinessQualities;
export const qualities = Object.keys(readinessQualities) as Quality[];

const missingRating = "Rate every quality from 1 to 5.";
// Radio buttons give strings; read a number from them so the same schema serves the browser and
// the server. Nothing else is turned into a number: an unanswered radio (null, "" or absent) must
// fail, never count as a rating (z.coerce would read null as 0 and true as 1).
const rating = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number(missingRating).int(missingRating).min(1, missingRating).max(5, "Rate from 1 to 5."),
);

export const readinessSchema = z.object({
  participationId: z.string().min(1),
  ratings: z.object(Object.fromEntries(qualities.map((q) => [q, rating])) as Record<Quality, typeof rating>),
  reflection: z.string().trim().max(2000, "Keep the reflection under 2,000 characters."),
});

export type ReadinessInput = z.input<typeof readinessSchema>;

/** A stored self-assessment counts only when every quality carries a rating from 1 to 5. */
export function isCompleteAssessment(ratings: unknown): boolean {
  return readinessSchema.shape.ratings.safeParse(ratings).success;
}

/** Saved ratings as the form's radio buttons hold them (strings), so a saved assessment shows its answers. */
export function ratingsForForm(ratings: unknown): Record<Quality, string | undefined> {
  const saved = (ratings && typeof ratings === "object" ? ratings : {}) as Partial<Record<Quality, unknown>>;
  return Object.fromEntries(qualities.map((q) => [q, typeof saved[q] === "number" ? String(saved[q]) : undefined])) as Record<
    Quality,
    string | undefined
  >;
}
