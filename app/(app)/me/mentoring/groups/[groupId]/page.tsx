import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { GroupMembers } from "@/components/groups/group-members";
import { LoggedGroupSession, UpcomingGroupSession } from "@/components/groups/group-sessions";
import { ReasonForm } from "@/components/matching/end-pair-form";
import { AgreementPanel } from "@/components/pairs/agreement-panel";
import { LogSessionForm } from "@/components/pairs/log-session-form";
import { SessionTimeForm } from "@/components/pairs/session-time-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { groupWorkspace } from "@/lib/groups/group-workspace";
import { requirePageAccess } from "@/app/_server/session";
import {
  cancelGroupSessionAction,
  leaveGroupAction,
  logGroupSessionAction,
  scheduleGroupSessionAction,
  signGroupAgreementAction,
  updateGroupAgreementAction,
} from "./actions";

export const metadata: Metadata = { title: "Group" };

export default async function GroupPage({ params }: { params: Promise<{ groupId: string }> }) {
  const actor = await requirePageAccess("own-mentoring:read");
  const { groupId } = await params;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <GroupWorkspacePage actor={actor} groupId={groupId} />
    </Suspense>
  );
}

async function load(actor: Actor, groupId: string) {
  try {
    return await groupWorkspace(actor, groupId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

async function GroupWorkspacePage({ actor, groupId }: { actor: Actor; groupId: string }) {
  const w = await load(actor, groupId);
  const active = !w.group.ended;
  const mentor = w.group.myRole === "MENTOR";
  const runs = active && mentor;
  const group = { id: w.group.id, timeZone: w.me.timeZone, mentees: w.mentees };
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/me/mentoring" className="text-slate-500 hover:text-brand-700">
          My mentoring
        </Link>
      </nav>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{w.group.name}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {w.group.programName} · {w.group.ended ? "this group has ended · " : ""}times shown in your time zone, {w.me.timeZone}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card
            title="Upcoming sessions"
            description="Booked once for the whole group. Each booking sends everyone a calendar invite."
          >
            {w.upcoming.length === 0 ? (
              <EmptyState title="Nothing booked yet">
                {runs ? "Book the group's next session below." : "Your mentor books the group's sessions."}
              </EmptyState>
            ) : (
              <ul className="space-y-3">
                {w.upcoming.map((session) => (
                  <UpcomingGroupSession
                    key={session.id}
                    session={session}
                    group={group}
                    canRun={runs}
                    actions={{ cancel: cancelGroupSessionAction, log: logGroupSessionAction }}
                  />
                ))}
              </ul>
            )}
            {runs && (
              <div className="mt-5 border-t border-slate-100 pt-5">
                <h3 className="mb-3 text-sm font-semibold text-slate-900">Book a group session</h3>
                <SessionTimeForm
                  target={{ groupId: w.group.id }}
                  defaults={{ day: "", startTime: "", endTime: "", format: "VIDEO", place: "" }}
                  partnerName="the group"
                  timeZone={w.me.timeZone}
                  submitLabel="Book for the group"
                  action={scheduleGroupSessionAction}
                />
              </div>
            )}
          </Card>

          <Card title="Session log" description="What the group covered, and who came.">
            {w.past.length === 0 ? (
              <EmptyState title="No sessions logged yet">
                {runs ? "After the group meets, log the session here with who came." : "Your mentor logs each session."}
              </EmptyState>
            ) : (
              <ul className="space-y-3">
                {w.past.map((session) => (
                  <LoggedGroupSession key={session.id} session={session} />
                ))}
              </ul>
            )}
            {runs && (
              <details className="mt-5 border-t border-slate-100 pt-4">
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                  Log a session you did not book here
                </summary>
                <div className="mt-3">
                  <LogSessionForm
                    target={{ groupId: w.group.id }}
                    defaults={{ day: w.today, startTime: "", endTime: "", format: "VIDEO", place: "" }}
                    attendees={w.mentees}
                    partnerName="the group"
                    timeZone={w.me.timeZone}
                    action={logGroupSessionAction}
                  />
                </div>
              </details>
            )}
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <GroupMembers members={w.members} />
          <AgreementPanel
            target={{ groupId: w.group.id }}
            agreement={w.agreement}
            signers={w.members.map((m) => ({ name: m.name, signedAt: m.signedAt, me: m.userId === w.me.userId }))}
            active={active}
            sign={signGroupAgreementAction}
            update={updateGroupAgreementAction}
          />
          {active && !mentor && (
            <Card
              title="Leave the group"
              description="The group goes on for the others. Your mentor and the programme office read your reason."
            >
              <ReasonForm
                target={{ groupId: w.group.id }}
                label="Leave the group"
                placeholder="Why are you leaving?"
                action={leaveGroupAction}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
