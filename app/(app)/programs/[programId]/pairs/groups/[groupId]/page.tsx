import type { Metadata } from "next";
import { CoMentorForm } from "@/components/groups/co-mentor-form";
import { ReasonForm } from "@/components/matching/end-pair-form";
import { Breadcrumb } from "@/components/mentoring/workspace";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { OfficeSessionsTable, sessionDate, sessionLength, sessionUsefulness } from "@/components/page/office-sessions-table";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { daysAgo, formatDate } from "@/lib/format";
import { groupOfficeView } from "@/lib/groups/group-office-view";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";
import { addCoMentorAction, endGroupAction } from "../actions";

export const metadata: Metadata = { title: "Group" };

export default async function ProgrammeGroupPage({ params }: { params: Promise<{ programId: string; groupId: string }> }) {
  const { programId, groupId } = await params;
  return loadedPage("matching:read", findOrNotFound(groupOfficeView, programId, groupId), (group, actor) => {
    const canWrite = can(actor, "matching:write") && group.endedAt === null;
    const inGroup = group.mentees.filter((m) => m.inGroup);
    const left = group.mentees.filter((m) => !m.inGroup);
    return (
      <>
        <Breadcrumb href={`/programs/${group.program.id}/pairs`}>Pairs and groups</Breadcrumb>
        <PageHeader
          title={group.name}
          description="What this group shares with the programme office: who is in it, when it met, for how long, how useful it was and who came. Its notes and everyone's reflections stay with the group."
        />
        <div className="space-y-6">
          {group.endedAt && (
            <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700 ring-1 ring-slate-200">
              Ended {formatDate(group.endedAt)}
              {group.endReason ? `: ${group.endReason}` : ""}
            </p>
          )}
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Stat label="Mentees" value={String(inGroup.length)} detail={`${left.length} left`} />
            <Stat label="Sessions logged" value={String(group.summary.logged)} />
            <Stat label="Time together" value={`${group.summary.hours} h`} />
            <Stat label="Last session" value={daysAgo(group.summary.lastSessionAt)} />
          </dl>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              <Card title="Sessions">
                <OfficeSessionsTable
                  caption="Group sessions shared with the programme office"
                  rowTestId="office-group-session"
                  sessions={group.sessions}
                  columns={[
                    sessionDate,
                    sessionLength,
                    sessionUsefulness,
                    {
                      label: "Came",
                      cell: (s) => (s.status === "SCHEDULED" ? <Badge tone="info">Booked</Badge> : s.came.join(", ") || "—"),
                    },
                    { label: "Missed", cell: (s) => s.missed.join(", ") || "—" },
                  ]}
                />
              </Card>
              <Card title="Members" description="Everyone in the group signs its agreement; a change asks everyone again.">
                <Table caption="Members of the group">
                  <thead className="bg-slate-50">
                    <tr>
                      <Th>Name</Th>
                      <Th>Role</Th>
                      <Th>Agreement v{group.agreement.version ?? 1}</Th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {[...group.mentors, ...inGroup.map((m) => ({ ...m, role: "Mentee" }))].map((m) => (
                      <tr key={`${m.role}-${m.name}`}>
                        <Td>
                          <span className="font-medium text-slate-900">{m.name}</span>
                          {m.title && <span className="block text-xs text-slate-600">{m.title}</span>}
                        </Td>
                        <Td>
                          <Badge tone={m.role === "Mentee" ? "neutral" : "info"}>{m.role}</Badge>
                        </Td>
                        <Td>{m.signedAt ? `Signed ${formatDate(m.signedAt)}` : "Not signed"}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                {left.length > 0 && (
                  <div className="mt-4 border-t border-slate-100 pt-3">
                    <h3 className="text-sm font-semibold text-slate-900">Left the group</h3>
                    <ul className="mt-2 space-y-1 text-sm text-slate-700">
                      {left.map((m) => (
                        <li key={m.pairId}>
                          {m.name}
                          {m.leftAt && ` · ${formatDate(m.leftAt)}`}
                          {m.leftReason && <span className="text-slate-600"> · {m.leftReason}</span>}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </Card>
            </div>
            <div className="space-y-6">
              <Card title="Agreement">
                <p className="text-sm text-slate-700">
                  {group.agreement.version === null
                    ? "Not signed yet."
                    : `Version ${group.agreement.version}: ${group.agreement.everyoneSigned ? "signed by everyone" : "waiting for signatures"}.`}
                </p>
              </Card>
              {canWrite && group.coMentorChoices.length > 0 && (
                <Card title="Add a co-mentor" description="A group has one or two mentors.">
                  <CoMentorForm groupId={group.id} mentors={group.coMentorChoices} action={addCoMentorAction} />
                </Card>
              )}
              {canWrite && (
                <Card title="End the group" description="Ends it for everyone in it; each mentee's pair ends with it.">
                  <ReasonForm
                    target={{ groupId: group.id }}
                    label="End the group"
                    placeholder="Why is the group ending?"
                    action={endGroupAction}
                  />
                </Card>
              )}
            </div>
          </div>
        </div>
      </>
    );
  });
}
