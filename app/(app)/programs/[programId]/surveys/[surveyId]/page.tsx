import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SurveyBuilder } from "@/components/surveys/survey-builder";
import { SurveyResultsView } from "@/components/surveys/survey-results-view";
import { ActionButton } from "@/components/ui/action-button";
import { Card } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/permissions";
import { surveyPage } from "@/lib/surveys/survey-page";
import { permissionPage } from "@/app/_server/page-shell";
import { orNotFound } from "@/app/_server/or-not-found";
import { closeSurveyAction, deleteSurveyDraftAction, saveSurveyAction } from "../actions";

export const metadata: Metadata = { title: "Survey" };

type Props = { params: Promise<{ programId: string; surveyId: string }> };

export default async function SurveyPage({ params }: Props) {
  const { programId, surveyId } = await params;
  return permissionPage("checkins:read", (actor) => <Survey actor={actor} programId={programId} surveyId={surveyId} />);
}

async function Survey({ actor, programId, surveyId }: { actor: Actor; programId: string; surveyId: string }) {
  const page = await orNotFound(surveyPage(actor, surveyId));
  if (page.programId !== programId) notFound();
  const back = (
    <Link href={`/programs/${programId}/surveys`} className="text-sm font-medium text-brand-700 hover:underline">
      Back to surveys
    </Link>
  );
  if (page.view === "draft") {
    return (
      <Card
        title={`Draft: ${page.title || "Untitled survey"}`}
        description="Nobody is asked until you start sending it. Once it starts, its questions are fixed."
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ActionButton
              action={deleteSurveyDraftAction}
              input={{ surveyId }}
              label="Delete draft"
              variant="ghost"
              confirm="Delete this draft? It has not been sent to anyone."
              afterSuccessHref={`/programs/${programId}/surveys`}
            />
            {back}
          </div>
        }
      >
        <SurveyBuilder initial={{ ...page.values, requestKey: crypto.randomUUID(), launch: false }} action={saveSurveyAction} />
      </Card>
    );
  }
  const { results } = page;
  return (
    <div className="space-y-6">
      <Card
        title={results.title}
        description={`${results.when} · ${results.schedule} · ${results.openDays} days to answer · ${results.anonymous ? "anonymous" : "named"}`}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            {results.status === "LIVE" && can(actor, "surveys:write") && (
              <ActionButton
                action={closeSurveyAction}
                input={{ surveyId }}
                label="Close the survey"
                confirm="Close this survey? Nobody else is asked, and unanswered invitations stop taking answers."
              />
            )}
            {back}
          </div>
        }
      >
        {results.intro ? (
          <p className="text-sm text-slate-700">{results.intro}</p>
        ) : (
          <p className="text-sm text-slate-500">No introduction.</p>
        )}
      </Card>
      <SurveyResultsView results={results} />
    </div>
  );
}
