import { z } from "zod";

/** A short learning-style questionnaire after Honey and Mumford: two statements per style. */
export const learningStyleStatements = [
  { id: "a1", style: "ACTIVIST", text: "I like to try things out straight away rather than plan first." },
  { id: "r1", style: "REFLECTOR", text: "I prefer to watch and think before I take part." },
  { id: "t1", style: "THEORIST", text: "I want to understand the model or principle behind an idea." },
  { id: "p1", style: "PRAGMATIST", text: "I value ideas most when I can use them at work tomorrow." },
  { id: "a2", style: "ACTIVIST", text: "New challenges and problems energise me." },
  { id: "r2", style: "REFLECTOR", text: "I like to gather views and information before deciding." },
  { id: "t2", style: "THEORIST", text: "I am uneasy with conclusions that are not logically sound." },
  { id: "p2", style: "PRAGMATIST", text: "I look for the practical shortcut that gets results." },
] as const;

export type LearningStyleResult = "ACTIVIST" | "REFLECTOR" | "THEORIST" | "PRAGMATIST";

const agreement = z.coerce
  .number("Answer every statement.")
  .int()
  .min(1, "Answer every statement.")
  .max(5, "Answer every statement.");

export const learningStyleSchema = z.object(
  Object.fromEntries(learningStyleStatements.map((s) => [s.id, agreement])) as Record<
    (typeof learningStyleStatements)[number]["id"],
    typeof agreement
  >,
);

/** The style with the highest total agreement; ties go to the first style in questionnaire order. */
export function scoreLearningStyle(answers: z.output<typeof learningStyleSchema>): LearningStyleResult {
  const totals = new Map<LearningStyleResult, number>();
  for (const statement of learningStyleStatements)
    totals.set(statement.style, (totals.get(statement.style) ?? 0) + answers[statement.id]);
  let best: LearningStyleResult = "ACTIVIST";
  for (const [style, total] of totals) if (total > (totals.get(best) ?? 0)) best = style;
  return best;
}
