import type { Metadata } from "next";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { SurveyAnswerForm } from "@/components/surveys/survey-answer-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { mySurvey } from "@/lib/surveys/my-survey";
import { raterPrivacy } from "@/lib/surveys/three-sixty-rules";
import { permissionPage } from "@/app/_server/page-shell";
import { orNotFound } from "@/app/_server/or-not-found";
import { answerSurveyAction } from "../actions";

export const metadata: Metadata = { title: "Survey" };

export default async function SurveyAnswerPage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return permissionPage("own-mentoring:read", (actor) => <SurveyContent actor={actor} inviteId={inviteId} />);
}

async function SurveyContent({ actor, inviteId }: { actor: Actor; inviteId: string }) {
  const survey = await orNotFound(mySurvey(actor, inviteId));
  const count = survey.questions.length;
  return (
    <>
      <PageHeader
        title={survey.title}
        description={`${survey.programName} · ${count} ${count === 1 ? "question" : "questions"} · ${survey.open ? `open until ${formatDate(survey.lastDay)}` : "closed"}`}
      />
      <div className="max-w-3xl space-y-6">
        <Card title="Who sees your answers">
          <div className="space-y-2 text-sm text-slate-700" data-testid="survey-privacy">
            {survey.rating ? (
              <>
                <p className="font-medium text-slate-900">
                  {survey.rating.subjectName} asked for this and sees the answers; nobody else sees them on their own.
                </p>
                <p>{raterPrivacy(survey.rating.subjectName, survey.rating.raterRole)}</p>
              </>
            ) : survey.anonymous ? (
              <>
                <p className="font-medium text-slate-900">This survey is anonymous: nobody sees your answers on their own.</p>
                <p>
                  Your answers are stored without your name or the time you answered. The programme office sees them only as
                  totals in groups of five answers, and anything you write without your name.
                </p>
              </>
            ) : (
              <>
                <p className="font-medium text-slate-900">This survey is not anonymous.</p>
                <p>The programme office sees your answers with your name.</p>
              </>
            )}
          </div>
        </Card>
        {survey.intro && <p className="text-sm whitespace-pre-line text-slate-700">{survey.intro}</p>}
        <SurveyAnswerCard
          answeredAt={survey.answeredAt}
          open={survey.open}
          what="survey"
          closedText="This survey closed before you answered."
        >
          <SurveyAnswerForm
            inviteId={survey.inviteId}
            questions={survey.questions}
            shareLabel={
              survey.rating?.raterRole === "MANAGER"
                ? `${survey.rating.subjectName} may see my answers, apart from the colleagues'.`
                : undefined
            }
            action={answerSurveyAction}
          />
        </SurveyAnswerCard>
      </div>
    </>
  );
}
