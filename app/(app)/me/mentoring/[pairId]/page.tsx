import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
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
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { calendarFeedStatus } from "@/lib/calendar/calendar-feed";
import { AppError } from "@/lib/errors";
import { pairWorkspace } from "@/lib/pairs/pair-workspace";
import { requirePageAccess } from "@/app/_server/session";
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
  const actor = await requirePageAccess("own-mentoring:read");
  const { pairId } = await params;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <PairWorkspacePage actor={actor} pairId={pairId} />
    </Suspense>
  );
}

async function load(actor: Actor, pairId: string, now: Date) {
  try {
    return await pairWorkspace(actor, pairId, now);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
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
  const [w, feed, base] = await Promise.all([load(actor, pairId, now), calendarFeedStatus(actor), origin()]);
  const pair = {
    id: w.pair.id,
    partnerName: w.partner.name,
    timeZone: w.me.timeZone,
    goals: w.goals.filter((g) => g.status !== "DROPPED").map((g) => ({ id: g.id, title: g.title })),
    now,
  };
  const firstName = w.partner.name.split(" ")[0] ?? w.partner.name;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/me/mentoring" className="text-slate-500 hover:text-brand-700">
          My mentoring
        </Link>
      </nav>
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

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Upcoming sessions" description="Proposed and booked. Each change sends you both a calendar invite.">
            <div id="upcoming" className="scroll-mt-24">
              {w.upcoming.length === 0 ? (
                <EmptyState title="Nothing booked yet">
                  Propose a time below; {firstName} accepts it or suggests another.
                </EmptyState>
              ) : (
                <ul className="space-y-3">
                  {w.upcoming.map((session) => (
                    <UpcomingSession key={session.id} session={session} pair={pair} actions={sessionActions} />
                  ))}
                </ul>
              )}
            </div>
            {w.pair.active && (
              <div id="schedule" className="mt-5 scroll-mt-24 border-t border-slate-100 pt-5">
                <h3 className="mb-3 text-sm font-semibold text-slate-900">Propose a session</h3>
                <SessionTimeForm
                  target={{ matchId: w.pair.id }}
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
                  partnerName={firstName}
                  timeZone={w.me.timeZone}
                  submitLabel={`Send to ${firstName}`}
                  action={proposeSessionAction}
                />
              </div>
            )}
          </Card>

          <Card title="Session log" description="What you covered. Confirmed by the one who did not log it.">
            <div id="past" className="scroll-mt-24">
              {w.past.length === 0 ? (
                <EmptyState title="No sessions logged yet">After you meet, log the session here in a minute.</EmptyState>
              ) : (
                <ul className="space-y-3">
                  {w.past.map((session) => (
                    <LoggedSession key={session.id} session={session} pair={pair} actions={sessionActions} />
                  ))}
                </ul>
              )}
            </div>
            {w.pair.active && (
              <details className="mt-5 border-t border-slate-100 pt-4">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                  Log a session you did not book here
                </summary>
                <div className="mt-3">
                  <LogSessionForm
                    target={{ matchId: w.pair.id }}
                    defaults={{ day: w.today, startTime: "", endTime: "", format: "VIDEO", place: "" }}
                    goals={pair.goals}
                    partnerName={firstName}
                    timeZone={w.me.timeZone}
                    action={logSessionAction}
                  />
                </div>
              </details>
            )}
          </Card>

          <Card title="Goals" description="SMART goals you agreed together. Either of you updates progress.">
            <div id="goals" className="scroll-mt-24">
              <GoalList goals={w.goals} progressAction={updateGoalProgressAction} milestoneAction={setMilestoneDoneAction} />
            </div>
            {w.pair.active && (
              <details className="mt-5 border-t border-slate-100 pt-4" open={w.goals.length === 0}>
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Add a goal</summary>
                <div className="mt-3">
                  <PairGoalForm matchId={w.pair.id} programGoals={w.programGoals} action={createPairGoalAction} />
                </div>
              </details>
            )}
          </Card>
        </div>

        <div className="space-y-6">
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
        </div>
      </div>
    </>
  );
}
