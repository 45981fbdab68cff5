import type { Metadata } from "next";
import Link from "next/link";
import {
  DueThisWeekCard,
  MentoringRequestsCard,
  MyGroupsCard,
  MyPairCard,
  MyProgrammesCard,
  SelfMatchPauseCards,
  UpdatesCard,
} from "@/components/mentoring/my-mentoring-sections";
import { SurveysWaitingCard } from "@/components/surveys/surveys-waiting-card";
import { YouSaidWeDidCard } from "@/components/surveys/you-said-we-did-card";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { myGroups } from "@/lib/groups/my-groups";
import { dueThisWeek } from "@/lib/mentoring/due-this-week";
import { myMentoring } from "@/lib/mentoring/my-mentoring";
import { mySelfMatchPauses } from "@/lib/matching/my-self-match-pauses";
import { requestsForMe } from "@/lib/matching/self-match";
import { loadedPage } from "@/app/_server/page-shell";
import { confirmMatchAction, flagMatchAction, respondToRequestAction } from "./actions";

export const metadata: Metadata = { title: "My mentoring" };

export default async function MyMentoringPage() {
  return loadedPage(
    "own-mentoring:read",
    (actor) =>
      Promise.all([myMentoring(actor), requestsForMe(actor), dueThisWeek(actor), mySelfMatchPauses(actor), myGroups(actor)]),
    ([
      {
        participations,
        matches,
        notifications,
        canChooseMentor,
        pendingPulses,
        openFeedbackRounds,
        pendingSurveys,
        youSaidWeDid,
      },
      requests,
      due,
      pauses,
      groups,
    ]) => (
      <>
        <PageHeader title="My mentoring" description="Your mentoring relationships and the programmes you take part in." />
        <div className="space-y-6">
          <DueThisWeekCard due={due} />
          <SelfMatchPauseCards pauses={pauses} />
          <MentoringRequestsCard requests={requests} respond={respondToRequestAction} />
          <SurveysWaitingCard pulses={pendingPulses} rounds={openFeedbackRounds} surveys={pendingSurveys} />
          {canChooseMentor.map((program) => (
            <Card
              key={program.programId}
              title={`Choose your mentor: ${program.programName}`}
              description="In this programme you pick your own mentor from those with a place left, ranked by how well they fit you."
            >
              <Link href={`/me/mentoring/find/${program.programId}`} className={buttonClass("primary")}>
                {program.openRequests > 0 ? "See your requests" : "Find a mentor"}
              </Link>
            </Card>
          ))}
          <MyGroupsCard groups={groups} />
          {matches.length === 0 ? (
            <Card title="My pairs">
              <EmptyState title="You are not in a mentoring pair yet">
                When a coordinator publishes your match, your mentor or mentee appears here.
              </EmptyState>
            </Card>
          ) : (
            matches.map((match) => (
              <MyPairCard key={match.id} match={match} confirm={confirmMatchAction} flag={flagMatchAction} />
            ))
          )}
          <YouSaidWeDidCard items={youSaidWeDid} />
          <UpdatesCard notifications={notifications} />
          <MyProgrammesCard participations={participations} />
        </div>
      </>
    ),
  );
}
