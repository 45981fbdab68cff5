import { Card } from "@/components/ui/card";
import { ScaleSummaryTable } from "@/components/surveys/scale-summary-table";
import type { Actor } from "@/lib/auth/permissions";
import { formatDecimal, formatPercent } from "@/lib/format";
import { pulseResults } from "@/lib/surveys/pulse-results";
import { pulseRecommendQuestion, pulseScaleQuestions } from "@/lib/surveys/schemas";

/** The programme's pulse results: response rate always, answers only as totals of five or more. */
export async function PulseResultsCard({ actor, programId }: { actor: Actor; programId: string }) {
  const results = await pulseResults(actor, programId);
  const rate =
    results.invited === 0
      ? "No pulses sent yet: the first goes to both people in a pair 30 days after they start."
      : `${results.answered} of ${results.invited} pulses answered (${formatPercent(results.responseRate)}).`;
  return (
    <Card
      title="Pulse results"
      description="How pairs say it is going, 30 and 90 days in, over both sides and every round. Answers are anonymous: no one's answers are shown on their own."
    >
      <p className="text-sm text-slate-700">{rate}</p>
      {results.summary === null ? (
        results.invited > 0 && (
          <p className="mt-3 text-sm text-slate-600" data-testid="pulse-results-suppressed">
            Not enough answers yet ({results.answered} of {results.minimum}). Results appear once at least {results.minimum}{" "}
            people have answered, so no one&rsquo;s answers can be picked out.
          </p>
        )
      ) : (
        <div className="mt-4 space-y-4">
          <ScaleSummaryTable
            caption="Pulse answers per question: the mean and how many gave each value"
            rows={pulseScaleQuestions.map((question) => ({ ...question, summary: results.summary![question.key] }))}
          />
          <p className="text-sm text-slate-700">
            {pulseRecommendQuestion.label} Mean {formatDecimal(results.summary.recommend.mean)} of 10; net promoter score{" "}
            <span className="font-semibold text-slate-900">{results.summary.netPromoterScore}</span> (share answering 9–10 minus
            share answering 0–6).
          </p>
          {results.comments.length > 0 && (
            <div>
              <h3 className="text-sm font-semibold text-slate-800">Comments, without names</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {results.comments.map((comment, k) => (
                  <li key={k}>{comment}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
