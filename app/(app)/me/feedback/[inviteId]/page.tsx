import type { Metadata } from "next";
import { ScaleAnswerForm } from "@/components/surveys/scale-answer-form";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { myFeedbackRound } from "@/lib/surveys/my-feedback-round";
import { permissionPage } from "@/app/_server/page-shell";
import { orNotFound } from "@/app/_server/or-not-found";
import { answerFeedbackAction } from "../actions";

export const metadata: Metadata = { title: "Programme feedback" };

export default async function FeedbackRoundPage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return permissionPage("own-mentoring:read", (actor) => <FeedbackRoundContent actor={actor} inviteId={inviteId} />);
}

async function FeedbackRoundContent({ actor, inviteId }: { actor: Actor; inviteId: string }) {
  const round = await orNotFound(myFeedbackRound(actor, inviteId));
  const who = round.audience === "MENTORS" ? "mentor" : "mentee";
  return (
    <>
      <PageHeader
        title={`How is ${round.programName} going for you?`}
        description={`Feedback from every ${who}, ${round.periodLabel} · four questions and two optional comments · ${round.open ? `open until ${formatDate(round.lastDay)}` : `closed on ${formatDate(round.lastDay)}`}.`}
      />
      <div className="max-w-3xl space-y-6">
        <Card title="Who sees your answers">
          <div className="space-y-2 text-sm text-slate-700" data-testid="feedback-privacy">
            <p className="font-medium text-slate-900">This round is anonymous: nobody sees your answers on their own.</p>
            <p>
              Your answers are stored without your name. The programme office sees them only as totals, with comments but no
              names, after the round closes and only if at least five {who}s answered. What they change in response is posted on
              My mentoring under &ldquo;You said, we did&rdquo;.
            </p>
          </div>
        </Card>
        <SurveyAnswerCard
          answeredAt={round.answeredAt}
          open={round.open}
          what="round"
          closedText={`This round closed on ${formatDate(round.lastDay)} before you answered.`}
        >
          <ScaleAnswerForm kind="feedback" inviteId={round.id} action={answerFeedbackAction} />
        </SurveyAnswerCard>
      </div>
    </>
  );
}
