import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";

/**
 * The answer part of a survey page: the form while it can be answered, a thank-you that survives
 * a reload once answered, or why it is closed.
 */
export function SurveyAnswerCard({
  answeredAt,
  open,
  closedText,
  what,
  children,
}: {
  answeredAt: Date | null;
  open: boolean;
  closedText: string;
  /** "pulse", "round": what the person answered. */
  what: string;
  /** The form. */
  children: ReactNode;
}) {
  return (
    <Card title="Your answers">
      {answeredAt ? (
        <p role="status" className="text-sm text-slate-700">
          You answered this {what} on {formatDate(answeredAt)}. Thank you: your answers are in.{" "}
          <Link href="/me/mentoring" className="text-brand-700 underline underline-offset-2">
            Back to My mentoring
          </Link>
        </p>
      ) : open ? (
        children
      ) : (
        <p className="text-sm text-slate-700">{closedText}</p>
      )}
    </Card>
  );
}
