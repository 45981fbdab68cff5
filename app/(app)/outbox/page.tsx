import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DividedList } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { listOutbox } from "@/lib/notifications/outbox";
import { loadedPage } from "@/app/_server/page-shell";

/** How each item lays out. */
const messageRow = "py-3 text-sm first:pt-0 last:pb-0";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  return loadedPage("outbox:read", listOutbox, ({ messages, unsent, failed, smtp }) => (
    <>
      <PageHeader
        title="Outbox"
        description={
          smtp
            ? `Every notification Pairwise has queued, and whether the mail server took it. ${unsent} waiting to be sent, ${failed} failed.`
            : "E-mail is not set up, so messages wait here. Everyone still sees their own in their inbox; an administrator can connect a mail server as the set-up guide (README, E-mail) describes."
        }
      />
      <Card>
        <DividedList items={messages} itemKey={(m) => m.id} empty="Nothing has been sent yet" className={messageRow}>
          {(m) => (
            <>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold text-slate-900">{m.subject}</p>
                <DeliveryBadge message={m} smtp={smtp} />
              </div>
              <p className="text-xs text-slate-500">
                To {m.user.name} &lt;{m.user.email}&gt; · {formatDate(m.createdAt)}
              </p>
              <p className="mt-1 text-slate-700">{m.body}</p>
              {m.link && <p className="text-xs text-brand-700">{m.link}</p>}
              {m.emailError && (
                <p className="mt-1 text-xs text-red-700">
                  {m.emailFailedAt ? "Gave up" : "Will retry"} after {m.emailAttempts} attempt{m.emailAttempts === 1 ? "" : "s"}:{" "}
                  {m.emailError}
                </p>
              )}
            </>
          )}
        </DividedList>
      </Card>
    </>
  ));
}

type OutboxMessage = Awaited<ReturnType<typeof listOutbox>>["messages"][number];

function DeliveryBadge({ message: m, smtp }: { message: OutboxMessage; smtp: boolean }) {
  if (m.sentAt) return <Badge tone="success">Sent {formatDate(m.sentAt)}</Badge>;
  if (m.emailFailedAt) return <Badge tone="danger">Failed</Badge>;
  if (m.emailSkippedAt) return <Badge tone="neutral">Inbox only (e-mail turned off)</Badge>;
  if (m.heldForDigestAt)
    return <Badge tone="neutral">{m.digestedAt ? "In a weekly digest" : "Held for the weekly digest"}</Badge>;
  return <Badge tone={smtp ? "warning" : "neutral"}>{smtp ? "Waiting" : "Not e-mailed"}</Badge>;
}
