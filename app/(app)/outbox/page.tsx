import type { Metadata } from "next";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import type { Actor } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format";
import { listOutbox } from "@/lib/notifications/deliver";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const actor = await requirePageAccess("outbox:read");
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Outbox actor={actor} />
    </Suspense>
  );
}

async function Outbox({ actor }: { actor: Actor }) {
  const { messages, unsent, smtp } = await listOutbox(actor);
  return (
    <>
      <PageHeader
        title="Outbox"
        description={
          smtp
            ? `Every notification Pairwise has queued, and whether the mail server took it. ${unsent} waiting to be sent.`
            : "No mail server is configured (SMTP_URL), so notifications stay here: this is the development mail view. Everyone still sees their own under My mentoring."
        }
      />
      <Card>
        {messages.length === 0 ? (
          <EmptyState title="Nothing has been sent yet" />
        ) : (
          <ul className="divide-y divide-slate-100">
            {messages.map((m) => (
              <li key={m.id} className="py-3 text-sm first:pt-0 last:pb-0">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-semibold text-slate-900">{m.subject}</p>
                  {m.sentAt ? <Badge tone="success">Sent {formatDate(m.sentAt)}</Badge> : <Badge tone={smtp ? "warning" : "neutral"}>{smtp ? "Waiting" : "Not e-mailed"}</Badge>}
                </div>
                <p className="text-xs text-slate-500">
                  To {m.user.name} &lt;{m.user.email}&gt; · {formatDate(m.createdAt)}
                </p>
                <p className="mt-1 text-slate-700">{m.body}</p>
                {m.link && <p className="text-xs text-brand-700">{m.link}</p>}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
