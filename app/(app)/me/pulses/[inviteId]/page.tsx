import type { Metadata } from "next";
import { ScaleAnswerForm } from "@/components/surveys/scale-answer-form";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { myPulse } from "@/lib/surveys/my-pulse";
import { permissionPage } from "@/app/_server/page-shell";
import { orNotFound } from "@/app/_server/or-not-found";
import { answerFlashPulseAction, answerPulseAction } from "../actions";

export const metadata: Metadata = { title: "Pulse" };

export default async function PulsePage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return permissionPage("own-mentoring:read", (actor) => <PulsePageContent actor={actor} inviteId={inviteId} />);
}

async function PulsePageContent({ actor, inviteId }: { actor: Actor; inviteId: string }) {
  const pulse = await orNotFound(myPulse(actor, inviteId));
  if (pulse.flash) {
    return (
      <>
        <PageHeader
          title={`How was your conversation with ${pulse.partnerName}?`}
          description={`${pulse.programName} · flash conversation complete · two questions and an optional comment.`}
        />
        <div className="max-w-3xl space-y-6">
          <Card title="Who sees your answers">
            <p className="text-sm text-slate-700" data-testid="pulse-privacy">
              Your answers are stored without your name or your pairing. {pulse.partnerName} does not see them.
            </p>
          </Card>
          <SurveyAnswerCard answeredAt={pulse.answeredAt} open={pulse.open} what="pulse" closedText="This pulse is closed.">
            <ScaleAnswerForm kind="flash" inviteId={pulse.id} action={answerFlashPulseAction} />
          </SurveyAnswerCard>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`How is it going with ${pulse.partnerName}?`}
        description={`${pulse.programName} · ${pulse.round} days into your pairing · four questions and an optional comment.`}
      />
      <div className="max-w-3xl space-y-6">
        <Card title="Who sees your answers">
          <div className="space-y-2 text-sm text-slate-700" data-testid="pulse-privacy">
            <p className="font-medium text-slate-900">
              Your coordinator will see that your pairing needs attention, not your answers.
            </p>
            <p>
              If you answer any of the first three questions low, your pairing goes on the programme office&rsquo;s check-in list
              so someone can offer help. Your answers are stored without your name or your pairing, and the programme office sees
              them only as totals, with any comment but no name, once at least five people have answered. {pulse.partnerName} does
              not see them.
            </p>
          </div>
        </Card>
        <SurveyAnswerCard
          answeredAt={pulse.answeredAt}
          open={pulse.open}
          what="pulse"
          closedText="This pairing has ended, so its pulse is closed."
        >
          <ScaleAnswerForm kind="pulse" inviteId={pulse.id} action={answerPulseAction} />
        </SurveyAnswerCard>
      </div>
    </>
  );
}
