import type { Metadata } from "next";
import { pairLabel } from "@/lib/pairs/pair-label";
import { Breadcrumb } from "@/components/mentoring/workspace";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { OfficeSessionsTable, sessionDate, sessionLength, sessionUsefulness } from "@/components/page/office-sessions-table";
import { daysAgo, formatDate, formatDecimal } from "@/lib/format";
import { pairOfficeView } from "@/lib/pairs/pair-office-view";
import { pairGoalStatusLabels } from "@/lib/pairs/schemas";
import { loadedPage } from "@/app/_server/page-shell";
import { findOrNotFound } from "@/app/_server/or-not-found";

export const metadata: Metadata = { title: "Pair" };

export default async function ProgrammePairPage({ params }: { params: Promise<{ programId: string; pairId: string }> }) {
  const { programId, pairId } = await params;
  return loadedPage("checkins:read", findOrNotFound(pairOfficeView, programId, pairId), (pair) => {
    const signed = pair.agreement?.mentorSignedAt && pair.agreement.menteeSignedAt;
    return (
      <>
        <Breadcrumb href={`/programs/${pair.program.id}`}>{pair.program.name}</Breadcrumb>
        <PageHeader
          title={pairLabel({ mentor: pair.mentor.user.name, mentee: pair.mentee.user.name })}
          description="What this pair shares with the programme office: when they met, for how long, the goals they worked on and how useful it was. Their notes and reflections stay with them."
        />
        <div className="space-y-6">
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Stat label="Sessions logged" value={String(pair.summary.logged)} detail={`${pair.summary.booked} booked ahead`} />
            <Stat label="Time together" value={`${Math.round(pair.summary.minutes / 6) / 10} h`} />
            <Stat label="Average usefulness" value={formatDecimal(pair.summary.averageUsefulness)} detail="out of 5" />
            <Stat label="Last session" value={daysAgo(pair.summary.lastSessionAt)} />
          </dl>
          <div className="grid gap-6 lg:grid-cols-3">
            <Card title="Sessions" className="lg:col-span-2">
              <OfficeSessionsTable
                caption="Sessions shared with the programme office"
                rowTestId="office-session"
                sessions={pair.sessions}
                columns={[
                  sessionDate,
                  sessionLength,
                  { label: "Goals worked on", cell: (s) => s.goals.map((g) => g.title).join(", ") || "—" },
                  sessionUsefulness,
                  {
                    label: "Status",
                    cell: (s) =>
                      s.status === "SCHEDULED" ? (
                        <Badge tone="info">Booked</Badge>
                      ) : s.confirmedAt ? (
                        <Badge tone="success">Confirmed</Badge>
                      ) : (
                        <Badge tone="warning">Awaiting confirmation</Badge>
                      ),
                  },
                ]}
              />
            </Card>
            <div className="space-y-6">
              <Card title="Agreement">
                <p className="text-sm text-slate-700">
                  {pair.agreement
                    ? `Version ${pair.agreement.version}: ${signed ? "signed by both" : "waiting for a signature"}.`
                    : "Not signed yet."}
                </p>
                {pair.agreement && (
                  <ul className="mt-2 space-y-1 text-xs text-slate-600">
                    <li>
                      Mentor:{" "}
                      {pair.agreement.mentorSignedAt ? `signed ${formatDate(pair.agreement.mentorSignedAt)}` : "not signed"}
                    </li>
                    <li>
                      Mentee:{" "}
                      {pair.agreement.menteeSignedAt ? `signed ${formatDate(pair.agreement.menteeSignedAt)}` : "not signed"}
                    </li>
                  </ul>
                )}
              </Card>
              <Card title="Goals">
                {pair.goals.length === 0 ? (
                  <p className="text-sm text-slate-600">No goals agreed yet.</p>
                ) : (
                  <ul className="space-y-2 text-sm">
                    {pair.goals.map((g) => (
                      <li key={g.id} className="flex items-center justify-between gap-2">
                        <span className="text-slate-800">{g.title}</span>
                        <Badge>{`${pairGoalStatusLabels[g.status]} · ${g.progress}%`}</Badge>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card title="Help requests" description="Confidential to the programme office.">
                {pair.helpRequests.length === 0 ? (
                  <p className="text-sm text-slate-600">None.</p>
                ) : (
                  <ul className="space-y-3 text-sm">
                    {pair.helpRequests.map((r) => (
                      <li key={r.id}>
                        <p className="text-slate-800">{r.message}</p>
                        <p className="text-xs text-slate-500">
                          {r.raisedBy?.name ?? "A participant"} · {formatDate(r.createdAt)}
                          {r.resolvedAt ? " · resolved" : ""}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </div>
          </div>
        </div>
      </>
    );
  });
}
