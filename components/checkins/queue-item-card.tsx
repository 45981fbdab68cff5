import Link from "next/link";
import { RecordCheckInForm } from "@/components/checkins/record-check-in-form";
import { Badge } from "@/components/ui/badge";
import { InlineForm } from "@/components/ui/inline-form";
import type { QueueItem } from "@/lib/checkins/list-queue";
import { daysAgo, formatDate } from "@/lib/format";
import { resolveAction, snoozeAction } from "@/app/(app)/check-ins/actions";

export function QueueItemCard({
  item,
  today,
  now,
  showProgramme,
}: {
  item: QueueItem;
  today: string;
  now: Date;
  showProgramme: boolean;
}) {
  const subject =
    item.subject.kind === "pair"
      ? { programId: item.programId, matchId: item.subject.matchId }
      : { programId: item.programId, participationId: item.subject.participationId };
  const fixed = Object.fromEntries(Object.entries(subject).filter(([, v]) => v)) as Record<string, string>;
  const title = item.people.map((p) => `${p.role} ${p.name}`).join(" · ");
  return (
    <li className="space-y-3 py-4 first:pt-0 last:pb-0" aria-label={title}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-slate-900">
          {item.subject.kind === "pair" ? (
            <Link href={`/check-ins/pairs/${item.subject.matchId}`} className="text-brand-700 hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
          {showProgramme && <span className="font-normal text-slate-600"> · {item.programName}</span>}
        </p>
        <Badge tone="warning">Waiting since {formatDate(item.since)}</Badge>
      </div>
      <ul className="space-y-1 text-sm text-slate-800">
        {item.reasons.map((reason) => (
          <li key={`${reason.code}-${reason.since.toISOString()}`}>
            {reason.text}{" "}
            <span className="text-xs text-slate-600">
              · since {formatDate(reason.since)} ({daysAgo(reason.since, now)})
            </span>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <details className="w-full">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Record a check-in</summary>
          <div className="mt-2">
            <RecordCheckInForm subject={subject} today={today} />
          </div>
        </details>
        <details className="w-full">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Snooze</summary>
          <div className="mt-2">
            <InlineForm
              fields={[
                { name: "until", label: "Until", type: "date" },
                { name: "reason", label: "Why", placeholder: "e.g. mentee on leave until March" },
              ]}
              fixed={fixed}
              submitLabel="Snooze"
              action={snoozeAction}
            />
          </div>
        </details>
        <details className="w-full">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Resolve without a check-in</summary>
          <div className="mt-2">
            <InlineForm
              fields={[{ name: "reason", label: "What resolved it", wide: true }]}
              fixed={fixed}
              submitLabel="Resolve"
              action={resolveAction}
            />
          </div>
        </details>
      </div>
    </li>
  );
}
