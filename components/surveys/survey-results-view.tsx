import { AnswerDistributionChart } from "@/components/surveys/answer-distribution-chart";
import { Card } from "@/components/ui/card";
import { formatDecimal, formatPercent } from "@/lib/format";
import { surveyQuestionKindLabels } from "@/lib/surveys/schemas";
import type { QuestionResult } from "@/lib/surveys/survey-rules";
import type { SurveyResults } from "@/lib/surveys/survey-results";

/** A live or closed survey's results: response rate, then each question drawn for its kind. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const pending = results.answered - results.shown;
  return (
    <div className="space-y-6">
      <Card title="Responses">
        <div className="space-y-2 text-sm text-slate-700">
          <p data-testid="survey-response-rate">
            <span className="text-2xl font-semibold text-slate-900">{results.answered}</span> of {results.invited} asked have
            answered
            {results.responseRate !== null && ` (${formatPercent(results.responseRate)})`}.
          </p>
          {results.anonymous ? (
            <p data-testid="survey-results-rule">
              Anonymous: results are shown in groups of {results.minimum} answers, so totals never change by one person&rsquo;s
              answer and nobody can be picked out.{" "}
              {results.shown === 0
                ? `They appear once ${results.minimum} people have answered.`
                : pending > 0
                  ? `Showing ${results.shown} answers; the other ${pending} join when their group of ${results.minimum} is full.`
                  : `Showing all ${results.shown} answers.`}
            </p>
          ) : (
            <p>Named: each answer is shown, and written answers carry the person&rsquo;s name. The form told them so.</p>
          )}
        </div>
      </Card>
      {results.questions.map((question, index) => (
        <Card key={question.id} title={`${index + 1}. ${question.prompt}`} description={surveyQuestionKindLabels[question.kind]}>
          {question.result ? (
            <QuestionResultView prompt={question.prompt} result={question.result} />
          ) : (
            <p className="text-sm text-slate-600" data-testid="survey-results-withheld">
              Not enough answers to show yet.
            </p>
          )}
        </Card>
      ))}
    </div>
  );
}

function QuestionResultView({ prompt, result }: { prompt: string; result: QuestionResult }) {
  const answeredLine = (
    <p className="text-xs text-slate-500">{result.answered === 1 ? "1 answer" : `${result.answered} answers`}</p>
  );
  switch (result.kind) {
    case "SCALE":
    case "NPS":
      return (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            {result.answered > 0 && (
              <>
                Mean <span className="font-semibold text-slate-900">{formatDecimal(result.summary.mean)}</span>
                {result.kind === "SCALE" ? " out of 5" : " out of 10"}
              </>
            )}
            {result.kind === "NPS" && result.answered > 0 && (
              <>
                {" "}
                · Net promoter score <span className="font-semibold text-slate-900">{result.netPromoterScore}</span>{" "}
                <span className="text-slate-500">(% answering 9–10 minus % answering 0–6)</span>
              </>
            )}
          </p>
          <AnswerDistributionChart
            label={prompt}
            data={result.summary.distribution.map((d) => ({ label: String(d.value), count: d.count }))}
          />
          {answeredLine}
        </div>
      );
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return (
        <div className="space-y-3">
          <AnswerDistributionChart
            horizontal
            label={prompt}
            data={result.options.map((o) => ({ label: o.option, count: o.count }))}
          />
          {answeredLine}
        </div>
      );
    case "SHORT_TEXT":
    case "LONG_TEXT":
      return result.texts.length === 0 ? (
        <p className="text-sm text-slate-600">Nobody wrote an answer.</p>
      ) : (
        <ul className="space-y-2" data-testid="survey-texts">
          {result.texts.map((text, k) => (
            <li key={k} className="rounded-md bg-slate-50 p-3 text-sm whitespace-pre-line text-slate-700">
              {text.by && <span className="block text-xs font-semibold text-slate-900">{text.by}</span>}
              {text.text}
            </li>
          ))}
        </ul>
      );
  }
}
