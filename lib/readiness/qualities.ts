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

// Radio buttons give strings; coerce so the same schema serves the browser and the server.
const rating = z.coerce.number("Rate every quality from 1 to 5.").int().min(1, "Rate every quality from 1 to 5.").max(5, "Rate from 1 to 5.");

export const readinessSchema = z.object({
  participationId: z.string().min(1),
  ratings: z.object(Object.fromEntries(qualities.map((q) => [q, rating])) as Record<Quality, typeof rating>),
  reflection: z.string().trim().max(2000, "Keep the reflection under 2,000 characters."),
});

export type ReadinessInput = z.input<typeof readinessSchema>;
