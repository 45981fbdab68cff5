import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { PersonCell } from "@/components/pairs/person-cell";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { activeWindowDays } from "@/lib/kpi/health";
import { daysAgo, formatDate } from "@/lib/format";
import { listAtRiskPairs } from "@/lib/matching/pairs";
import { recentSessions } from "@/lib/sessions/recent";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Check-ins" };

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function CheckInsPage() {
  const actor = await requirePageAccess("checkins:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <CheckInsPageContent actor={actor} />
    </Suspense>
  );
}

async function CheckInsPageContent({ actor }: { actor: Actor }) {
  const [atRisk, sessions] = await Promise.all([listAtRiskPairs(actor), recentSessions(actor)]);
  return (
    <>
      <PageHeader
        title="Check-ins"
        description="Who to call this week: pairs that have gone quiet, and what the latest sessions covered."
      />
      <div className="space-y-6">
        <Card title="Pairs to check in with" description={`Active pairs with no session in the last ${activeWindowDays} days.`}>
          {atRisk.length === 0 ? (
            <EmptyState title="Every active pair has met recently" />
          ) : (
            <Table caption="Pairs at risk">
              <thead className="bg-slate-50">
                <tr>
                  <Th>Mentor</Th>
                  <Th>Mentee</Th>
                  <Th>Programme</Th>
                  <Th>Last session</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {atRisk.map((pair) => (
                  <tr key={pair.id}>
                    <Td>
                      <PersonCell person={pair.mentor} />
                    </Td>
                    <Td>
                      <PersonCell person={pair.mentee} />
                    </Td>
                    <Td>{pair.programName}</Td>
                    <Td>
                      <span className="font-medium text-amber-800">{daysAgo(pair.lastSessionAt)}</span>
                      <p className="text-xs text-slate-500">{pair.sessions} session{pair.sessions === 1 ? "" : "s"} so far</p>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title="Latest session logs" description="Progress and difficulties as the pairs recorded them.">
          {sessions.length === 0 ? (
            <EmptyState title="No sessions logged yet" />
          ) : (
            <ul className="divide-y divide-slate-100">
              {sessions.map((session) => (
                <li key={session.id} className="py-3 first:pt-0 last:pb-0">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <p className="text-sm font-semibold text-slate-900">
                      {session.match.mentor.user.name} &amp; {session.match.mentee.user.name}
                      <span className="font-normal text-slate-500"> · {session.topic || "Session"}</span>
                    </p>
                    <p className="text-xs text-slate-500">
                      {formatDate(session.occurredAt)} · {session.durationMinutes} min · {session.match.program.name}
                    </p>
                  </div>
                  {session.progress && <p className="mt-1 text-sm text-slate-700">{session.progress}</p>}
                  {session.difficulties && <p className="mt-1 text-sm text-amber-800">Difficulty: {session.difficulties}</p>}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
