import { z } from "zod";
import vocabulary from "@/lib/vocabulary/en.json";

export type LearningStyleResult = "ACTIVIST" | "REFLECTOR" | "THEORIST" | "PRAGMATIST";

const statementTexts = vocabulary.profiles.learningStyleStatement;
type StatementId = keyof typeof statementTexts;
/** A statement's id starts with its style's initial: a1 and a2 are the activist's. */
const styleByInitial: Record<string, LearningStyleResult> = { a: "ACTIVIST", r: "REFLECTOR", t: "THEORIST", p: "PRAGMATIST" };

/** A short learning-style questionnaire after Honey and Mumford: two statements per style. */
export const learningStyleStatements = (Object.keys(statementTexts) as StatementId[]).map((id) => ({
  id,
  style: styleByInitial[id.charAt(0)]!,
  text: statementTexts[id],
}));

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
