import type { Metadata } from "next";
import { PairNames } from "@/components/pairs/pair-names";
import Link from "next/link";
import { PairStateBadge } from "@/components/pairs/pair-state-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { counted, daysAgo, formatDate, formatPercent } from "@/lib/format";
import { programGroups, type ProgramGroups } from "@/lib/groups/program-groups";
import { listProgramPairs, type PairRow } from "@/lib/matching/pairs";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Pairs" };

export default async function ProgramPairsPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return loadedPage(
    "matching:read",
    (actor) => Promise.all([listProgramPairs(actor, new Date(), programId), programGroups(actor, programId)]),
    ([[programme], { groups }]) => {
      const pairs = programme?.pairs ?? [];
      const live = pairs.filter((p) => p.status === "ACTIVE" || p.status === "AWAITING_CONFIRMATION");
      const past = pairs.filter((p) => p.status === "COMPLETED" || p.status === "ENDED");
      return (
        <div className="space-y-6">
          {groups.length > 0 && (
            <Card
              title="Groups"
              description="Each circle meets together; every mentee's pair below counts the group sessions they came to."
            >
              <GroupList programId={programId} groups={groups} />
            </Card>
          )}
          <Card
            title="Live pairs"
            description="Open a pair to see its agreement, goals and sessions as far as they are shared with you."
          >
            {live.length === 0 ? (
              <EmptyState title="No live pairs yet">Publish pairs from the Matching tab.</EmptyState>
            ) : (
              <PairList programId={programId} pairs={live} />
            )}
          </Card>
          {programme && programme.menteesUnmatched.length > 0 && (
            <Card title="Waiting for a mentor" description="Approved mentees with no published pair.">
              <ul className="grid gap-1 text-sm sm:grid-cols-2">
                {programme.menteesUnmatched.map((m) => (
                  <li key={m.name}>
                    <span className="font-medium text-slate-900">{m.name}</span>
                    {m.title && <span className="text-slate-600"> · {m.title}</span>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {past.length > 0 && (
            <Card title="Ended and completed pairs">
              <PairList programId={programId} pairs={past} />
            </Card>
          )}
        </div>
      );
    },
  );
}

function PairList({ programId, pairs }: { programId: string; pairs: PairRow[] }) {
  return (
    <ul className="divide-y divide-slate-100">
      {pairs.map((pair) => (
        <li key={pair.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
          <div className="min-w-0">
            <Link
              href={`/programs/${programId}/pairs/${pair.id}`}
              className="text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline"
            >
              <PairNames mentor={pair.mentor.name} mentee={pair.mentee.name} />
            </Link>
            <p className="mt-0.5 text-xs text-slate-600">
              {pair.flashRound !== null && (
                <span className="font-medium text-violet-800">
                  Round {pair.flashRound}
                  {pair.status === "COMPLETED" ? " · complete" : ""} ·{" "}
                </span>
              )}
              {pair.startedAt ? `Started ${formatDate(pair.startedAt)}` : "Not started yet"} · {pair.sessions} session
              {pair.sessions === 1 ? "" : "s"}
              {pair.lastSessionAt && `, last ${daysAgo(pair.lastSessionAt)}`} · match {formatPercent(pair.score)}
            </p>
          </div>
          <PairStateBadge state={pair.state} />
        </li>
      ))}
    </ul>
  );
}

function GroupList({ programId, groups }: { programId: string; groups: ProgramGroups["groups"] }) {
  return (
    <ul className="divide-y divide-slate-100" aria-label="Groups">
      {groups.map((group) => (
        <li key={group.id} className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0">
          <div className="min-w-0">
            <Link
              href={`/programs/${programId}/pairs/groups/${group.id}`}
              className="text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline"
            >
              {group.name}
            </Link>
            <p className="mt-0.5 text-xs text-slate-600">
              Mentor {group.mentor}
              {group.coMentor && ` · co-mentor ${group.coMentor}`} · {counted(group.mentees, "mentee")} ·{" "}
              {counted(group.sessions, "session")}
              {group.lastSessionAt && `, last ${daysAgo(group.lastSessionAt)}`}
            </p>
          </div>
          <Badge tone={group.ended ? "neutral" : "success"}>{group.ended ? "Ended" : "Running"}</Badge>
        </li>
      ))}
    </ul>
  );
}
