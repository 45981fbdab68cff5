import type { Metadata } from "next";
import { AnswerPage, PrivacyNote } from "@/components/page/answer-page";
import { SurveyAnswerCard } from "@/components/surveys/survey-answer-card";
import { SurveyAnswerForm } from "@/components/surveys/survey-answer-form";
import { formatDate } from "@/lib/format";
import { mySurvey } from "@/lib/surveys/my-survey";
import { raterPrivacy } from "@/lib/surveys/three-sixty-rules";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { answerSurveyAction } from "../actions";

export const metadata: Metadata = { title: "Survey" };

export default async function SurveyAnswerPage({ params }: { params: Promise<{ inviteId: string }> }) {
  const { inviteId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(mySurvey, inviteId), (survey) => {
    const count = survey.questions.length;
    return (
      <AnswerPage
        title={survey.title}
        description={`${survey.programName} · ${count} ${count === 1 ? "question" : "questions"} · ${survey.open ? `open until ${formatDate(survey.lastDay)}` : "closed"}`}
        privacyTestId="survey-privacy"
        privacy={
          survey.rating ? (
            <PrivacyNote
              promise={`${survey.rating.subjectName} asked for this and sees the answers; nobody else sees them on their own.`}
            >
              {raterPrivacy(survey.rating.subjectName, survey.rating.raterRole)}
            </PrivacyNote>
          ) : survey.anonymous ? (
            <PrivacyNote promise="This survey is anonymous: nobody sees your answers on their own.">
              Your answers are stored without your name or the time you answered. The programme office sees them only as totals in
              groups of five answers, and anything you write without your name.
            </PrivacyNote>
          ) : (
            <PrivacyNote promise="This survey is not anonymous.">
              The programme office sees your answers with your name.
            </PrivacyNote>
          )
        }
      >
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
      </AnswerPage>
    );
  });
}
