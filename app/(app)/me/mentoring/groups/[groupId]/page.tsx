import type { Metadata } from "next";
import { GroupMembers } from "@/components/groups/group-members";
import { LoggedGroupSession, UpcomingGroupSession } from "@/components/groups/group-sessions";
import { ReasonForm } from "@/components/matching/end-pair-form";
import { AgreementPanel } from "@/components/pairs/agreement-panel";
import { LogSessionForm } from "@/components/pairs/log-session-form";
import { SessionTimeForm } from "@/components/pairs/session-time-form";
import { Card } from "@/components/ui/card";
import { Breadcrumb, SessionLogCard, UpcomingSessionsCard, WorkspaceColumns } from "@/components/mentoring/workspace";
import { groupWorkspace } from "@/lib/groups/group-workspace";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
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
  const { groupId } = await params;
  return loadedPage("own-mentoring:read", findOrNotFound(groupWorkspace, groupId), (w) => {
    const active = !w.group.ended;
    const mentor = w.group.myRole === "MENTOR";
    const runs = active && mentor;
    const group = { id: w.group.id, timeZone: w.me.timeZone, mentees: w.mentees };
    const forms = { target: { groupId: w.group.id }, partnerName: "the group", timeZone: w.me.timeZone };
    return (
      <>
        <Breadcrumb href="/me/mentoring">My mentoring</Breadcrumb>
        <div className="mb-6">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{w.group.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {w.group.programName} · {w.group.ended ? "this group has ended · " : ""}times shown in your time zone, {w.me.timeZone}
          </p>
        </div>

        <WorkspaceColumns
          main={
            <>
              <UpcomingSessionsCard
                description="Booked once for the whole group. Each booking sends everyone a calendar invite."
                count={w.upcoming.length}
                empty={runs ? "Book the group's next session below." : "Your mentor books the group's sessions."}
                booking={
                  runs && {
                    heading: "Book a group session",
                    form: (
                      <SessionTimeForm
                        {...forms}
                        defaults={{ day: "", startTime: "", endTime: "", format: "VIDEO", place: "" }}
                        submitLabel="Book for the group"
                        action={scheduleGroupSessionAction}
                      />
                    ),
                  }
                }
              >
                {w.upcoming.map((session) => (
                  <UpcomingGroupSession
                    key={session.id}
                    session={session}
                    group={group}
                    canRun={runs}
                    actions={{ cancel: cancelGroupSessionAction, log: logGroupSessionAction }}
                  />
                ))}
              </UpcomingSessionsCard>

              <SessionLogCard
                description="What the group covered, and who came."
                count={w.past.length}
                empty={runs ? "After the group meets, log the session here with who came." : "Your mentor logs each session."}
                logForm={
                  runs && (
                    <LogSessionForm
                      {...forms}
                      defaults={{ day: w.today, startTime: "", endTime: "", format: "VIDEO", place: "" }}
                      attendees={w.mentees}
                      action={logGroupSessionAction}
                    />
                  )
                }
              >
                {w.past.map((session) => (
                  <LoggedGroupSession key={session.id} session={session} />
                ))}
              </SessionLogCard>
            </>
          }
          side={
            <>
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
            </>
          }
        />
      </>
    );
  });
}
