import { ActionButton } from "@/components/ui/action-button";
import { formatDate } from "@/lib/format";
import type { MyWaitlistEntry } from "@/lib/waitlist/my-waitlist";
import { respondToOfferAction, withdrawFromProgramAction } from "@/app/(app)/enrol/actions";

/** Where the person stands on the waiting list, the place offered to them, and a way out. */
export function WaitlistStanding({
  entry,
  canWithdraw,
  participationId,
}: {
  entry: MyWaitlistEntry | undefined;
  canWithdraw: boolean;
  participationId: string;
}) {
  return (
    <div className="flex w-full flex-wrap items-center gap-3">
      {entry?.offer ? (
        <div className="flex w-full flex-wrap items-center gap-3 rounded-lg bg-emerald-50 px-3 py-2 ring-1 ring-emerald-200">
          <p className="text-sm text-emerald-900">
            A place is free for you. Take it by {formatDate(entry.offer.respondBy)}, or it passes to the next person.
          </p>
          <ActionButton
            action={respondToOfferAction}
            input={{ offerId: entry.offer.id, accept: true }}
            label="Take the place"
            variant="primary"
          />
          <ActionButton
            action={respondToOfferAction}
            input={{ offerId: entry.offer.id, accept: false }}
            label="Turn it down"
            confirm="Turn down the place? You leave the waiting list."
          />
        </div>
      ) : entry?.position ? (
        <p className="text-sm text-slate-700">
          You are number {entry.position} of {entry.waiting} on the waiting list. When a place frees, the first person in line is
          offered it.
        </p>
      ) : null}
      {canWithdraw && !entry?.offer && (
        <ActionButton
          action={withdrawFromProgramAction}
          input={{ participationId }}
          label="Withdraw"
          variant="ghost"
          confirm="Withdraw from this programme? Your place goes to the next person waiting."
        />
      )}
    </div>
  );
}
