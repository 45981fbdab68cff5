import type { Metadata } from "next";
import Link from "next/link";
import { RequestThreeSixtyForm } from "@/components/surveys/request-three-sixty-form";
import { ThreeSixtyRounds } from "@/components/surveys/three-sixty-rounds";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { myThreeSixty } from "@/lib/surveys/my-three-sixty";
import { minimumRaters } from "@/lib/surveys/three-sixty-rules";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { requestThreeSixtyAction } from "../actions";

export const metadata: Metadata = { title: "360 feedback" };

export default async function ThreeSixtyPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { pairId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(myThreeSixty, pairId), (view) => (
    <>
      <PageHeader
        title="360 feedback"
        description={`${view.programName}, with your mentor ${view.mentorName}. Colleagues and your manager rate what you are working on, at the start and at the end, so you can see what changed.`}
      />
      <div className="max-w-4xl space-y-6">
        {view.next && (
          <Card
            title={view.next === "START" ? "Ask for feedback at the start" : "Ask again at the end"}
            description={`Only you see the answers; the programme office sees only the average change across five or more people. Colleagues' ratings are shown only as averages of at least ${minimumRaters}, never one person's; your manager's only if they agree.`}
          >
            <RequestThreeSixtyForm
              pairId={view.pairId}
              phase={view.next}
              suggestedBehaviours={view.suggestedBehaviours}
              previousColleagueIds={view.previousColleagueIds}
              colleagues={view.colleagueChoices}
              managerName={view.managerName}
              action={requestThreeSixtyAction}
            />
          </Card>
        )}
        {view.rounds.length > 0 ? (
          <ThreeSixtyRounds view={view} />
        ) : (
          !view.next && <p className="text-sm text-slate-600">This pair has ended without 360 feedback.</p>
        )}
        <Link href="/me/mentoring" className="text-sm font-medium text-brand-700 hover:underline">
          Back to My mentoring
        </Link>
      </div>
    </>
  ));
}
