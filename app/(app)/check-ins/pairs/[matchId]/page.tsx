import { formatISO } from "date-fns";
import { pairLabel } from "@/lib/pairs/pair-label";
import type { Metadata } from "next";
import { RecordCheckInForm } from "@/components/checkins/record-check-in-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DividedList } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { getPairCheckInHistory } from "@/lib/checkins/pair-history";
import { checkInChannelLabels, checkInOutcomeLabels, checkInWithLabels } from "@/lib/checkins/schemas";
import { formatDate } from "@/lib/format";
import { loadedPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Pair check-ins" };

export default async function PairCheckInsPage({ params }: { params: Promise<{ matchId: string }> }) {
  const { matchId } = await params;
  return loadedPage(
    "checkins:read",
    (actor) => getPairCheckInHistory(actor, matchId),
    (pair) => {
      const today = formatISO(new Date(), { representation: "date" });
      return (
        <>
          <PageHeader
            title={pairLabel({ mentor: pair.mentor.user.name, mentee: pair.mentee.user.name })}
            description={`${pair.program.name} · matched ${formatDate(pair.startedAt)}. Check-in notes and help requests are seen by coordinators only.`}
          />
          <div className="space-y-6">
            <Card title="Record a check-in">
              <RecordCheckInForm subject={{ programId: pair.program.id, matchId: pair.id }} today={today} />
            </Card>
            <Card title="Check-in history">
              {pair.checkIns.length === 0 ? (
                <EmptyState title="No check-in recorded yet" />
              ) : (
                <ul className="divide-y divide-slate-100" aria-label="Check-in history">
                  {pair.checkIns.map((c) => (
                    <li key={c.id} className="space-y-1 py-3 text-sm first:pt-0 last:pb-0">
                      <p className="font-semibold text-slate-900">
                        {formatDate(c.heldOn)} · {checkInWithLabels[c.withWhom]} · {checkInChannelLabels[c.channel]}{" "}
                        <Badge tone={outcomeTone[c.outcome]}>{checkInOutcomeLabels[c.outcome]}</Badge>
                      </p>
                      {c.note && <p className="whitespace-pre-line text-slate-700">{c.note}</p>}
                      <p className="text-xs text-slate-600">
                        Recorded by {c.recordedBy?.name ?? "a former coordinator"}
                        {c.followUpOn && ` · follow up on ${formatDate(c.followUpOn)}`}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card title="Snoozed and resolved">
              <DividedList
                items={pair.checkInDecisions}
                itemKey={(d) => d.id}
                empty="Never snoozed or resolved"
                className={compactRow}
              >
                {(d) => (
                  <>
                    {d.kind === "SNOOZE" ? `Snoozed until ${formatDate(d.snoozedUntil)}` : "Resolved"} on{" "}
                    {formatDate(d.createdAt)} by {d.decidedBy?.name ?? "a former coordinator"}: {d.reason}
                  </>
                )}
              </DividedList>
            </Card>
            <Card title="Help requests">
              <DividedList items={pair.helpRequests} itemKey={(h) => h.id} empty="No help requested" className={compactRow}>
                {(h) => (
                  <>
                    <p className="text-slate-800">{h.message}</p>
                    <p className="text-xs text-slate-600">
                      {formatDate(h.createdAt)} · {h.resolvedAt ? `resolved ${formatDate(h.resolvedAt)}` : "open"}
                    </p>
                  </>
                )}
              </DividedList>
            </Card>
          </div>
        </>
      );
    },
  );
}

/** A row of the shorter lists: snoozes and resolutions, help requests. */
const compactRow = "py-2 text-sm first:pt-0 last:pb-0";

const outcomeTone = { ON_TRACK: "success", NEEDS_SUPPORT: "warning", AT_RISK: "danger", ENDING: "neutral" } as const;
