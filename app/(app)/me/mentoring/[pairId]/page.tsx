import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AgreementPanel } from "@/components/pairs/agreement-panel";
import { CalendarFeedControls } from "@/components/pairs/calendar-feed-card";
import { GoalList } from "@/components/pairs/goal-list";
import { HelpRequestForm } from "@/components/pairs/help-request-form";
import { LogSessionForm } from "@/components/pairs/log-session-form";
import { PairGoalForm } from "@/components/pairs/pair-goal-form";
import { PartnerCard } from "@/components/pairs/partner-card";
import { LoggedSession, UpcomingSession } from "@/components/pairs/session-items";
import { SessionTimeForm } from "@/components/pairs/session-time-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Breadcrumb, FoldedForm, SessionLogCard, UpcomingSessionsCard, WorkspaceColumns } from "@/components/mentoring/workspace";
import type { Actor } from "@/lib/auth/permissions";
import { calendarFeedStatus } from "@/lib/calendar/calendar-feed";
import { pairWorkspace } from "@/lib/pairs/pair-workspace";
import { permissionPage } from "@/app/_server/page-shell";
import { orNotFound } from "@/app/_server/or-not-found";
import {
  askForHelpAction,
  cancelSessionAction,
  confirmSessionAction,
  createCalendarFeedAction,
  createPairGoalAction,
  logSessionAction,
  proposeSessionAction,
  rescheduleSessionAction,
  respondToProposalAction,
  revokeCalendarFeedAction,
  setMilestoneDoneAction,
  signAgreementAction,
  updateAgreementAction,
  updateGoalProgressAction,
} from "./actions";

export const metadata: Metadata = { title: "Pair workspace" };

export default async function PairPage({ params }: { params: Promise<{ pairId: string }> }) {
  const { pairId } = await params;
  return permissionPage("own-mentoring:read", (actor) => <PairWorkspacePage actor={actor} pairId={pairId} />);
}

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

const sessionActions = {
  respond: respondToProposalAction,
  reschedule: rescheduleSessionAction,
  cancel: cancelSessionAction,
  log: logSessionAction,
  confirm: confirmSessionAction,
  help: askForHelpAction,
};

async function PairWorkspacePage({ actor, pairId }: { actor: Actor; pairId: string }) {
  const now = new Date();
  const [w, feed, base] = await Promise.all([orNotFound(pairWorkspace(actor, pairId, now)), calendarFeedStatus(actor), origin()]);
  const pair = {
    id: w.pair.id,
    partnerName: w.partner.name,
    timeZone: w.me.timeZone,
    goals: w.goals.filter((g) => g.status !== "DROPPED").map((g) => ({ id: g.id, title: g.title })),
    now,
  };
  const firstName = w.partner.name.split(" ")[0] ?? w.partner.name;
  const forms = { target: { matchId: w.pair.id }, partnerName: firstName, timeZone: w.me.timeZone };
  return (
    <>
      <Breadcrumb href="/me/mentoring">My mentoring</Breadcrumb>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">
            {w.pair.myRole === "MENTEE" ? "You and your mentor, " : "You and your mentee, "}
            {w.partner.name}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {w.pair.programName} · times shown in your time zone, {w.me.timeZone}
          </p>
        </div>
      </div>
      {w.pair.flash && (
        <p className="mb-6 rounded-lg bg-violet-50 p-3 text-sm text-violet-900 ring-1 ring-violet-200" data-testid="flash-status">
          {w.pair.flash}
        </p>
      )}

      {w.pair.active && (
        <section
          aria-label="Next step"
          className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-xl bg-brand-600 px-5 py-4 text-white shadow-card"
        >
          <div>
            <p className="text-xs font-medium tracking-wide text-brand-100 uppercase">Next step</p>
            <p className="text-lg font-semibold">{w.next.label}</p>
          </div>
          <a href={w.next.target} className={buttonClass("secondary", "bg-white text-brand-800 ring-white")}>
            Take me there
          </a>
        </section>
      )}

      <WorkspaceColumns
        main={
          <>
            <UpcomingSessionsCard
              description="Proposed and booked. Each change sends you both a calendar invite."
              anchor="upcoming"
              count={w.upcoming.length}
              empty={`Propose a time below; ${firstName} accepts it or suggests another.`}
              booking={
                w.pair.active && {
                  heading: "Propose a session",
                  anchor: "schedule",
                  form: (
                    <SessionTimeForm
                      {...forms}
                      defaults={{
                        day: w.slots[0]?.day ?? "",
                        startTime: w.slots[0]?.startTime ?? "",
                        endTime: w.slots[0]?.endTime ?? "",
                        format: "VIDEO",
                        place: "",
                      }}
                      slots={w.slots.map((s) => ({
                        day: s.day,
                        startTime: s.startTime,
                        endTime: s.endTime,
                        mine: s.time.mine,
                        partners: s.time.partners,
                      }))}
                      submitLabel={`Send to ${firstName}`}
                      action={proposeSessionAction}
                    />
                  ),
                }
              }
            >
              {w.upcoming.map((session) => (
                <UpcomingSession key={session.id} session={session} pair={pair} actions={sessionActions} />
              ))}
            </UpcomingSessionsCard>

            <SessionLogCard
              description="What you covered. Confirmed by the one who did not log it."
              anchor="past"
              count={w.past.length}
              empty="After you meet, log the session here in a minute."
              logForm={
                w.pair.active && (
                  <LogSessionForm
                    {...forms}
                    defaults={{ day: w.today, startTime: "", endTime: "", format: "VIDEO", place: "" }}
                    goals={pair.goals}
                    action={logSessionAction}
                  />
                )
              }
            >
              {w.past.map((session) => (
                <LoggedSession key={session.id} session={session} pair={pair} actions={sessionActions} />
              ))}
            </SessionLogCard>

            <Card title="Goals" description="SMART goals you agreed together. Either of you updates progress.">
              <div id="goals" className="scroll-mt-24">
                <GoalList goals={w.goals} progressAction={updateGoalProgressAction} milestoneAction={setMilestoneDoneAction} />
              </div>
              {w.pair.active && (
                <FoldedForm summary="Add a goal" open={w.goals.length === 0}>
                  <PairGoalForm matchId={w.pair.id} programGoals={w.programGoals} action={createPairGoalAction} />
                </FoldedForm>
              )}
            </Card>
          </>
        }
        side={
          <>
            <PartnerCard partner={w.partner} role={w.pair.myRole === "MENTEE" ? "Your mentor" : "Your mentee"} />
            <div id="agreement" className="scroll-mt-24">
              {w.pair.groupId ? (
                <Card title="Agreement" description="Your circle signs one agreement together.">
                  <Link href={`/me/mentoring/groups/${w.pair.groupId}`} className={buttonClass("secondary")}>
                    Open the circle&rsquo;s agreement
                  </Link>
                </Card>
              ) : (
                <AgreementPanel
                  target={{ matchId: w.pair.id }}
                  agreement={w.agreement}
                  signers={[
                    { name: w.me.name, signedAt: w.agreement.mySignedAt, me: true },
                    { name: firstName, signedAt: w.agreement.partnerSignedAt, me: false },
                  ]}
                  active={w.pair.active}
                  sign={signAgreementAction}
                  update={updateAgreementAction}
                />
              )}
            </div>
            <Card title="Your calendar" description="A private subscription address for Outlook, Google or Apple Calendar.">
              <CalendarFeedControls
                active={feed !== null}
                origin={base}
                create={createCalendarFeedAction}
                revoke={revokeCalendarFeedAction}
              />
            </Card>
            <Card title="Need a hand?" description="Something not working? The programme office can help, in confidence.">
              <HelpRequestForm matchId={w.pair.id} action={askForHelpAction} />
            </Card>
          </>
        }
      />
    </>
  );
}
