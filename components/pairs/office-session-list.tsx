import Link from "next/link";
import { PairNames } from "@/components/pairs/pair-names";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format";
import type { recentSessions } from "@/lib/sessions/recent";

/** Session logs as the programme office reads them: when, how long, goals touched, usefulness. */
export function OfficeSessionList({
  sessions,
  showProgramme = true,
}: {
  sessions: Awaited<ReturnType<typeof recentSessions>>;
  showProgramme?: boolean;
}) {
  if (sessions.length === 0) return <EmptyState title="No sessions logged yet" />;
  return (
    <ul className="divide-y divide-slate-100">
      {sessions.map((session) => (
        <li key={session.id} className="py-3 first:pt-0 last:pb-0" data-testid="office-session-log">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={`/programs/${session.match.programId}/pairs/${session.match.id}`}
              className="text-sm font-semibold text-slate-900 hover:text-brand-700 hover:underline"
            >
              <PairNames mentor={session.match.mentor.user.name} mentee={session.match.mentee.user.name} />
            </Link>
            <p className="text-xs text-slate-600">
              {formatDate(session.occurredAt)} · {session.durationMinutes} min
              {showProgramme && ` · ${session.match.program.name}`}
            </p>
          </div>
          <p className="mt-1 text-sm text-slate-700">
            {session.goals.length > 0 ? `Worked on: ${session.goals.map((g) => g.goal.title).join(", ")}` : "No goals recorded"}
            {session.usefulness !== null && ` · Usefulness ${session.usefulness} of 5`}
            {session.confirmedAt ? " · Confirmed by both" : " · Awaiting the partner's confirmation"}
          </p>
        </li>
      ))}
    </ul>
  );
}
