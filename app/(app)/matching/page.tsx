import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { PairStateBadge } from "@/components/pairs/pair-state-badge";
import { PersonCell } from "@/components/pairs/person-cell";
import { ProgramStatusBadge } from "@/components/programs/status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatPercent } from "@/lib/format";
import { listProgrammePairs } from "@/lib/matching/pairs";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Matching" };

// The permission check runs before anything streams, so a refused request gets a real 403.
export default async function MatchingPage() {
  const actor = await requirePageAccess("matching:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <MatchingPageContent actor={actor} />
    </Suspense>
  );
}

async function MatchingPageContent({ actor }: { actor: Actor }) {
  const programmes = await listProgrammePairs(actor);
  return (
    <>
      <PageHeader title="Matching" description="Pairs per programme with their match score, and the approved mentees still waiting for a mentor." />
      {programmes.length === 0 && <EmptyState title="No programme has reached enrolment yet" />}
      <div className="space-y-6">
        {programmes.map((programme) => (
          <Card
            key={programme.id}
            title={programme.name}
            description={`${programme.pairs.length} pair${programme.pairs.length === 1 ? "" : "s"} · ${programme.menteesApproved} approved mentee${programme.menteesApproved === 1 ? "" : "s"} · ${programme.menteesUnmatched.length} waiting for a mentor`}
            actions={<ProgramStatusBadge status={programme.status} />}
          >
            {programme.pairs.length === 0 ? (
              <EmptyState title="No pairs yet">Pairs appear here once mentors and mentees are approved and matched.</EmptyState>
            ) : (
              <Table caption={`Pairs in ${programme.name}`}>
                <thead className="bg-slate-50">
                  <tr>
                    <Th>Mentor</Th>
                    <Th>Mentee</Th>
                    <Th className="text-right">Score</Th>
                    <Th className="text-right">Sessions</Th>
                    <Th>State</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {programme.pairs.map((pair) => (
                    <tr key={pair.id}>
                      <Td>
                        <PersonCell person={pair.mentor} />
                      </Td>
                      <Td>
                        <PersonCell person={pair.mentee} />
                      </Td>
                      <Td className="text-right font-medium tabular-nums">{formatPercent(pair.score)}</Td>
                      <Td className="text-right tabular-nums">{pair.sessions}</Td>
                      <Td>
                        <PairStateBadge state={pair.state} />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {programme.menteesUnmatched.length > 0 && (
              <div className="mt-5 border-t border-slate-100 pt-4">
                <h3 className="text-sm font-semibold text-slate-800">Waiting for a mentor</h3>
                <ul className="mt-2 flex flex-wrap gap-2">
                  {programme.menteesUnmatched.map((mentee) => (
                    <li key={mentee.name} className="rounded-full bg-slate-100 px-3 py-1 text-xs text-slate-700">
                      {mentee.name}
                      {mentee.title && <span className="text-slate-500"> · {mentee.title}</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
