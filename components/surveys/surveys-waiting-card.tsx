import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import type { PendingPulse } from "@/lib/surveys/my-pending-pulses";
import type { OpenFeedbackRound } from "@/lib/surveys/my-open-feedback-rounds";
import type { PendingSurvey } from "@/lib/surveys/my-pending-surveys";

/** Pulses, feedback rounds and surveys waiting for the person's answer, so they are found here as well as in the inbox. */
export function SurveysWaitingCard({
  pulses,
  rounds,
  surveys,
}: {
  pulses: PendingPulse[];
  rounds: OpenFeedbackRound[];
  surveys: PendingSurvey[];
}) {
  if (pulses.length === 0 && rounds.length === 0 && surveys.length === 0) return null;
  return (
    <Card
      title="Waiting for your answers"
      description="A few quick questions each. Pulses tell your coordinator only whether your pairing needs attention; feedback rounds are anonymous; each survey says who sees your answers."
    >
      <ul className="divide-y divide-slate-100" data-testid="surveys-waiting">
        {pulses.map((pulse) => (
          <li key={pulse.id} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0">
            <span className="text-sm text-slate-700">
              {pulse.flash
                ? `${pulse.programName}: your flash conversation with ${pulse.partnerName}`
                : `${pulse.programName}: your pairing with ${pulse.partnerName}, ${pulse.round} days in`}
            </span>
            <Link href={`/me/pulses/${pulse.id}`} className={buttonClass("primary")}>
              {pulse.flash ? "Answer two questions" : `Answer the ${pulse.round}-day pulse`}
            </Link>
          </li>
        ))}
        {rounds.map((round) => (
          <li key={round.inviteId} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0">
            <span className="text-sm text-slate-700">
              {round.programName}: feedback on the programme, {round.periodLabel} · open until {formatDate(round.lastDay)}
            </span>
            <Link href={`/me/feedback/${round.inviteId}`} className={buttonClass("primary")}>
              Give feedback
            </Link>
          </li>
        ))}
        {surveys.map((survey) => (
          <li key={survey.inviteId} className="flex flex-wrap items-center justify-between gap-2 py-2.5 first:pt-0 last:pb-0">
            <span className="text-sm text-slate-700">
              {survey.programName}: {survey.title} · open until {formatDate(survey.lastDay)}
            </span>
            <Link href={`/me/surveys/${survey.inviteId}`} className={buttonClass("primary")}>
              Answer the survey
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
