import { ScaleSummaryTable } from "@/components/surveys/scale-summary-table";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { InlineForm } from "@/components/ui/inline-form";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate, formatPercent } from "@/lib/format";
import { programFeedbackRounds, type FeedbackRoundResults } from "@/lib/surveys/program-feedback-rounds";
import { feedbackCadenceLabels, feedbackCadences, feedbackScaleQuestions } from "@/lib/surveys/schemas";
import {
  closeFeedbackRoundAction,
  openFeedbackRoundAction,
  recordFeedbackActionAction,
} from "@/app/(app)/programs/[programId]/check-ins/actions";
import { choicesOf } from "@/components/ui/field";

const roundAudiences = [
  { value: "MENTORS", label: "All mentors" },
  { value: "MENTEES", label: "All mentees" },
];

/**
 * Core-group feedback rounds: the coordinator asks all mentors, or all mentees, how the programme is
 * going, reads the totals once a round closes, and says what changed ("you said, we did").
 */
export async function FeedbackRoundsCard({ actor, programId }: { actor: Actor; programId: string }) {
  const { minimum, defaultClosesOn, rounds } = await programFeedbackRounds(actor, programId);
  return (
    <Card
      title="Core-group feedback"
      description={`Ask every mentor, or every mentee, how the programme is going: what they gain, their experience, how useful the programme and its resources are, and what to change. Always anonymous: results appear once a round has closed with at least ${minimum} answers.`}
    >
      <div className="space-y-6">
        <details className="group" open={rounds.length === 0}>
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Open a feedback round</summary>
          <div className="mt-3">
            <InlineForm
              fields={[
                { name: "audience", label: "Ask", type: "select", options: roundAudiences },
                { name: "cadence", label: "Round", type: "select", options: choicesOf(feedbackCadences, feedbackCadenceLabels) },
                {
                  name: "closesOn",
                  label: "Closes on",
                  type: "date",
                  hint: "Answers are taken until the end of this day. Everyone asked gets one reminder three days before.",
                },
              ]}
              fixed={{ programId }}
              initial={{ closesOn: defaultClosesOn }}
              submitLabel="Open the round"
              action={openFeedbackRoundAction}
            />
          </div>
        </details>
        {rounds.length === 0 ? (
          <p className="text-sm text-slate-600">No feedback rounds yet.</p>
        ) : (
          <ul className="space-y-4" aria-label="Feedback rounds">
            {rounds.map((round) => (
              <FeedbackRound key={round.id} round={round} minimum={minimum} />
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}

function FeedbackRound({ round, minimum }: { round: FeedbackRoundResults; minimum: number }) {
  return (
    <li className="rounded-lg p-4 ring-1 ring-slate-200" aria-label={round.title}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{round.title}</h3>
          <p className="text-sm text-slate-700">
            {round.answered} of {round.invited} answered ({formatPercent(round.responseRate)}) ·{" "}
            {round.open ? `open until ${formatDate(round.closingDay)}` : `closed on ${formatDate(round.closingDay)}`}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={round.open ? "info" : "neutral"}>{round.open ? "Open" : "Closed"}</Badge>
          {round.open && (
            <ActionButton
              action={closeFeedbackRoundAction}
              input={{ roundId: round.id }}
              label="Close the round now"
              confirm={`Close the ${round.title} round now? Nobody else can answer it after that.`}
            />
          )}
        </div>
      </div>
      <div className="mt-3 space-y-4">
        {round.withheld === "OPEN" && (
          <p className="text-sm text-slate-600" data-testid="feedback-results-withheld">
            Results appear when the round closes, if at least {minimum} people answered: totals that change as each person answers
            would give their answers away.
          </p>
        )}
        {round.withheld === "TOO_FEW" && (
          <p className="text-sm text-slate-600" data-testid="feedback-results-withheld">
            Not enough answers to show ({round.answered} of {minimum} needed), so no one&rsquo;s answers can be picked out.
          </p>
        )}
        {round.summary && (
          <ScaleSummaryTable
            caption={`${round.title}: the mean and how many gave each value`}
            rows={feedbackScaleQuestions.map((question) => ({ ...question, summary: round.summary![question.key] }))}
          />
        )}
        <FreeText title="Benefits they notice, without names" texts={round.benefits} />
        <FreeText title="Suggestions, without names" texts={round.suggestions} />
        {round.actions.length > 0 && (
          <div>
            <h4 className="text-sm font-semibold text-slate-800">You said, we did</h4>
            <ul className="mt-2 space-y-2">
              {round.actions.map((action) => (
                <li key={action.id} className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
                  <p>
                    <span className="font-semibold text-slate-900">You said: </span>
                    {action.youSaid}
                  </p>
                  <p>
                    <span className="font-semibold text-slate-900">We did: </span>
                    {action.weDid}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!round.open && (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">
              Tell {round.audience === "MENTORS" ? "the mentors" : "the mentees"} what you changed
            </summary>
            <div className="mt-3">
              <InlineForm
                fields={[
                  { name: "youSaid", label: "You said", type: "textarea", hint: "Sum up what people asked for, in a sentence." },
                  {
                    name: "weDid",
                    label: "We did",
                    type: "textarea",
                    hint: "What changed. Shown on My mentoring to everyone this round asked.",
                  },
                ]}
                fixed={{ roundId: round.id, requestKey: crypto.randomUUID() }}
                submitLabel="Post to participants"
                action={recordFeedbackActionAction}
              />
            </div>
          </details>
        )}
      </div>
    </li>
  );
}

function FreeText({ title, texts }: { title: string; texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {texts.map((text, k) => (
          <li key={k}>{text}</li>
        ))}
      </ul>
    </div>
  );
}
