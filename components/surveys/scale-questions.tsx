import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { RadioScaleField } from "@/components/ui/field";

const oneToFive = [1, 2, 3, 4, 5];

/** A survey's 1–5 questions, each a row of radios with its ends labelled and its error beside it. */
export function ScaleQuestions<Values extends FieldValues>({
  idPrefix,
  questions,
  ends,
  form,
}: {
  idPrefix: string;
  questions: readonly { key: Path<Values>; label: string }[];
  ends: { low: string; high: string };
  form: UseFormReturn<Values, unknown, unknown>;
}) {
  const {
    register,
    formState: { errors },
  } = form;
  return questions.map((question) => (
    <RadioScaleField
      key={question.key}
      id={`${idPrefix}-${question.key}`}
      label={question.label}
      values={oneToFive}
      ends={ends}
      error={errors[question.key]?.message as string | undefined}
      inputProps={register(question.key)}
    />
  ));
}
