import { ReasonForm } from "@/components/matching/end-pair-form";
import { PairNames } from "@/components/pairs/pair-names";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import { formatDate, formatPercent } from "@/lib/format";
import type { matchingWorkspace } from "@/lib/matching/workspace";
import { endAndRematchAction } from "@/app/(app)/matching/actions";

type LivePair = Awaited<ReturnType<typeof matchingWorkspace>>["live"][number];

/** The programme's published pairs; a flagged one can be ended and its mentee re-matched. */
/** How each item lays out. */
const pairRow = "grid gap-3 py-3 first:pt-0 last:pb-0 md:grid-cols-[1fr_1fr_auto]";

export function LivePairsCard({ live, canWrite }: { live: LivePair[]; canWrite: boolean }) {
  return (
    <Card
      title="Live pairs"
      description="Published pairs. A flagged pair can be ended; its mentee goes back into the pool and is never re-proposed to the same mentor."
    >
      <DividedList items={live} itemKey={(pair) => pair.id} empty="No live pairs yet" className={pairRow}>
        {(pair) => (
          <>
            <div>
              <p className="text-sm font-semibold text-slate-900">
                <PairNames mentor={pair.mentor.user.name} mentee={pair.mentee.user.name} />
              </p>
              <p className="text-xs text-slate-500">
                {pair.status === "AWAITING_CONFIRMATION" ? "Awaiting confirmation" : `Since ${formatDate(pair.startedAt)}`} ·
                score {formatPercent(pair.score)}
              </p>
            </div>
            <div>
              {pair.flaggedAt && (
                <p className="text-sm text-amber-800">
                  Flagged {formatDate(pair.flaggedAt)}: {pair.flagReason}
                </p>
              )}
            </div>
            {canWrite && (
              <ReasonForm
                target={{ matchId: pair.id }}
                label="End and re-match"
                placeholder="Why is this pair ending?"
                action={endAndRematchAction}
              />
            )}
          </>
        )}
      </DividedList>
    </Card>
  );
}
