import { formatISO } from "date-fns";
import { QueueItemCard } from "@/components/checkins/queue-item-card";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/auth/permissions";
import { listCheckInQueue } from "@/lib/checkins/list-queue";
import { formatPercent } from "@/lib/format";

/**
 * The check-in queue and the regular check-in schedule: across programmes on /check-ins, or for
 * one programme on its hub tab.
 */
export async function CheckInQueue({ actor, programId }: { actor: Actor; programId?: string }) {
  const now = new Date();
  const { items, schedules } = await listCheckInQueue(actor, { programId }, now);
  const today = formatISO(now, { representation: "date" });
  return (
    <div className="space-y-6">
      <Card
        title="Needs a check-in"
        description="Pairs and mentors who need the programme office, oldest first. Recording a check-in, snoozing or resolving takes an item off."
      >
        {items.length === 0 ? (
          <EmptyState title="Nobody needs a check-in right now" />
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Check-in queue">
            {items.map((item) => (
              <QueueItemCard
                key={item.subject.kind === "pair" ? item.subject.matchId : item.subject.participationId}
                item={item}
                today={today}
                now={now}
                showProgramme={!programId}
              />
            ))}
          </ul>
        )}
      </Card>
      <Card
        title="Regular check-ins"
        description="Every live pair gets a check-in at least this often; done means one was held within the period."
      >
        {schedules.length === 0 ? (
          <EmptyState title="No running programme" />
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {schedules.map((s) => (
              <li key={s.programId} className="flex flex-wrap items-baseline justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <span className="font-medium text-slate-900">{s.programName}</span>
                <span className="text-slate-700">
                  Every {s.everyDays} days: {s.done} of {s.livePairs} pairs done
                  {s.livePairs > 0 && ` (${formatPercent(s.done / s.livePairs)})`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
