// npm run match:solve -- --input FILE: the exact cohort solver on a plain score matrix.
// Input  { "scores": (number|null)[][], "capacities": number[] }  (mentees × mentors, 0..1, null = ineligible)
// Output { "assignment": (number|null)[], "total": number }
import { z } from "zod";
import { scoreScale } from "@/lib/matching/match-cohort";
import { ineligible, solveAssignment } from "@/lib/matching/solver";
import { readJsonInput } from "./json-input";

const inputSchema = z
  .object({
    scores: z.array(z.array(z.number().min(0).max(1).nullable())),
    capacities: z.array(z.number().int().min(0)),
  })
  .refine((input) => input.scores.every((row) => row.length === input.capacities.length), {
    message: "every row of scores needs one entry per mentor (the length of capacities)",
  });

const { scores, capacities } = readJsonInput("match:solve", inputSchema, (error) =>
  error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`),
);
const mentees = scores.length;
const mentors = capacities.length;
const weights = new Int32Array(mentees * mentors);
scores.forEach((row, i) =>
  row.forEach((score, j) => (weights[i * mentors + j] = score === null ? ineligible : Math.round(score * scoreScale))),
);
const { mentorOf } = solveAssignment({ mentees, mentors, weights, capacities: Int32Array.from(capacities) });
const assignment = Array.from(mentorOf, (j) => (j < 0 ? null : j));
const total = assignment.reduce<number>((sum, j, i) => (j === null ? sum : sum + scores[i]![j]!), 0);
process.stdout.write(`${JSON.stringify({ assignment, total: Number(total.toFixed(9)) })}\n`);
