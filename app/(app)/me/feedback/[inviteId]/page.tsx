import type { Metadata } from "next";
import { AnswerPage, PrivacyNote } from "@/components/page/answer-page";
import { ScaleAnswerForm } from "@/components/surveys/scale-answer-form";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { formatDate } from "@/lib/format";
import { myFeedbackRound } from "@/lib/surveys/my-feedback-round";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { answerFeedbackAction } from "../actions";

export const metadata: Metadata = { title: "Programme feedback" };

export default async function FeedbackRoundPage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(myFeedbackRound, inviteId), (round) => {
    const who = round.audience === "MENTORS" ? "mentor" : "mentee";
    return (
      <AnswerPage
        title={`How is ${round.programName} going for you?`}
        description={`Feedback from every ${who}, ${round.periodLabel} · four questions and two optional comments · ${round.open ? `open until ${formatDate(round.lastDay)}` : `closed on ${formatDate(round.lastDay)}`}.`}
        privacyTestId="feedback-privacy"
        privacy={
          <PrivacyNote promise="This round is anonymous: nobody sees your answers on their own.">
            Your answers are stored without your name. The programme office sees them only as totals, with comments but no names,
            after the round closes and only if at least five {who}s answered. What they change in response is posted on My
            mentoring under &ldquo;You said, we did&rdquo;.
          </PrivacyNote>
        }
      >
        <SurveyAnswerCard
          answeredAt={round.answeredAt}
          open={round.open}
          what="round"
          closedText={`This round closed on ${formatDate(round.lastDay)} before you answered.`}
        >
          <ScaleAnswerForm kind="feedback" inviteId={round.id} action={answerFeedbackAction} />
        </SurveyAnswerCard>
      </AnswerPage>
    );
  });
}
