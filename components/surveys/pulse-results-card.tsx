import { Card } from "@/components/ui/card";
import { ScaleSummaryTable } from "@/components/surveys/scale-summary-table";
import type { Actor } from "@/lib/auth/permissions";
import { formatDecimal, formatPercent } from "@/lib/format";
import type { QuestionSummary } from "@/lib/surveys/pulse-rules";
import { pulseResults } from "@/lib/surveys/pulse-results";
import { flashPulseScaleQuestions, pulseRecommendQuestion, pulseScaleQuestions } from "@/lib/surveys/schemas";

/** The programme's pulse results: response rates always, answers only as totals of five or more. */
export async function PulseResultsCard({ actor, programId }: { actor: Actor; programId: string }) {
  const results = await pulseResults(actor, programId);
  const { flash } = results;
  const showRelationship = results.invited > 0 || flash === null;
  return (
    <Card
      title="Pulse results"
      description={
        flash && !showRelationship
          ? "How each flash conversation went, asked of both people once it is over. Answers are anonymous: no one's answers are shown on their own."
          : "How pairs say it is going, 30 and 90 days in, over both sides and every round. Answers are anonymous: no one's answers are shown on their own."
      }
    >
      <div className="space-y-6">
        {showRelationship && (
          <PulseGroup
            heading={flash ? "30 and 90 days into a pairing" : null}
            rate={
              results.invited === 0
                ? "No pulses sent yet: the first goes to both people in a pair 30 days after they start."
                : `${results.answered} of ${results.invited} pulses answered (${formatPercent(results.responseRate)}).`
            }
            invited={results.invited}
            answered={results.answered}
            minimum={results.minimum}
            rows={
              results.summary && pulseScaleQuestions.map((question) => ({ ...question, summary: results.summary![question.key] }))
            }
            recommend={results.summary && { ...results.summary.recommend, nps: results.summary.netPromoterScore }}
            comments={results.comments}
            testId="pulse-results-suppressed"
          />
        )}
        {flash && (
          <PulseGroup
            heading={showRelationship ? "After flash conversations" : null}
            rate={`${flash.answered} of ${flash.invited} flash pulses answered (${formatPercent(flash.responseRate)}).`}
            invited={flash.invited}
            answered={flash.answered}
            minimum={results.minimum}
            rows={
              flash.summary && flashPulseScaleQuestions.map((question) => ({ ...question, summary: flash.summary!.satisfaction }))
            }
            recommend={flash.summary && { ...flash.summary.recommend, nps: flash.summary.netPromoterScore }}
            comments={flash.comments}
            testId="flash-pulse-results-suppressed"
          />
        )}
      </div>
    </Card>
  );
}

function PulseGroup({
  heading,
  rate,
  invited,
  answered,
  minimum,
  rows,
  recommend,
  comments,
  testId,
}: {
  heading: string | null;
  rate: string;
  invited: number;
  answered: number;
  minimum: number;
  rows: { key: string; label: string; summary: QuestionSummary }[] | null;
  recommend: (QuestionSummary & { nps: number }) | null;
  comments: string[];
  testId: string;
}) {
  return (
    <section className="space-y-3">
      {heading && <h3 className="text-sm font-semibold text-slate-900">{heading}</h3>}
      <p className="text-sm text-slate-700">{rate}</p>
      {rows === null || recommend === null ? (
        invited > 0 && (
          <p className="text-sm text-slate-600" data-testid={testId}>
            Not enough answers yet ({answered} of {minimum}). Results appear once at least {minimum} people have answered, so no
            one&rsquo;s answers can be picked out.
          </p>
        )
      ) : (
        <>
          <ScaleSummaryTable caption="Answers per question: the mean and how many gave each value" rows={rows} />
          <p className="text-sm text-slate-700">
            {pulseRecommendQuestion.label} Mean {formatDecimal(recommend.mean)} of 10; net promoter score{" "}
            <span className="font-semibold text-slate-900">{recommend.nps}</span> (share answering 9–10 minus share answering
            0–6).
          </p>
          {comments.length > 0 && (
            <div>
              <h4 className="text-sm font-semibold text-slate-800">Comments, without names</h4>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                {comments.map((comment, k) => (
                  <li key={k}>{comment}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
