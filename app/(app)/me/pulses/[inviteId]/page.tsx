import type { Metadata } from "next";
import { AnswerPage, PrivacyNote } from "@/components/page/answer-page";
import { ScaleAnswerForm } from "@/components/surveys/scale-answer-form";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { myPulse } from "@/lib/surveys/my-pulse";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { answerFlashPulseAction, answerPulseAction } from "../actions";

export const metadata: Metadata = { title: "Pulse" };

export default async function PulsePage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(myPulse, inviteId), (pulse) => {
    const variant = pulse.flash
      ? {
          title: `How was your conversation with ${pulse.partnerName}?`,
          description: `${pulse.programName} · flash conversation complete · two questions and an optional comment.`,
          privacy: <>Your answers are stored without your name or your pairing. {pulse.partnerName} does not see them.</>,
          closedText: "This pulse is closed.",
          form: <ScaleAnswerForm kind="flash" inviteId={pulse.id} action={answerFlashPulseAction} />,
        }
      : {
          title: `How is it going with ${pulse.partnerName}?`,
          description: `${pulse.programName} · ${pulse.round} days into your pairing · four questions and an optional comment.`,
          privacy: (
            <PrivacyNote promise="Your coordinator will see that your pairing needs attention, not your answers.">
              If you answer any of the first three questions low, your pairing goes on the programme office&rsquo;s check-in list
              so someone can offer help. Your answers are stored without your name or your pairing, and the programme office sees
              them only as totals, with any comment but no name, once at least five people have answered. {pulse.partnerName} does
              not see them.
            </PrivacyNote>
          ),
          closedText: "This pairing has ended, so its pulse is closed.",
          form: <ScaleAnswerForm kind="pulse" inviteId={pulse.id} action={answerPulseAction} />,
        };
    return (
      <AnswerPage title={variant.title} description={variant.description} privacyTestId="pulse-privacy" privacy={variant.privacy}>
        <SurveyAnswerCard answeredAt={pulse.answeredAt} open={pulse.open} what="pulse" closedText={variant.closedText}>
          {variant.form}
        </SurveyAnswerCard>
      </AnswerPage>
    );
  });
}
